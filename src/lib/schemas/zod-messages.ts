import { z } from 'zod';
import { m } from '$lib/paraglide/messages';

/**
 * zod's own messages are English ("Invalid input: expected number, received NaN"). Every field a
 * person fills has its own message in our schemas; what is left — a hidden version or token that
 * was tampered with, a number where a list gave a choice — gets one of these, read in the
 * language of the request that validates (or of the page, in the browser).
 */
export function useLocalisedZodMessages() {
	z.config({
		customError: (issue) => {
			switch (issue.code) {
				case 'invalid_type':
					if (issue.input === undefined || issue.input === null) return m.error_required();
					return issue.expected === 'number' ? m.error_decimal() : m.error_invalid();
				case 'too_big':
					return issue.origin === 'number' || issue.origin === 'int'
						? m.error_number_max({ max: String(issue.maximum) })
						: issue.origin === 'string'
							? m.error_too_long({ max: Number(issue.maximum) })
							: m.error_invalid();
				case 'too_small':
					if (issue.origin === 'number' || issue.origin === 'int')
						return m.error_number_min({ min: String(issue.minimum) });
					return issue.origin === 'string' && Number(issue.minimum) === 1
						? m.error_required()
						: m.error_invalid();
				case 'invalid_value':
					return issue.input === undefined ? m.error_required() : m.error_choice();
				default:
					return m.error_invalid();
			}
		}
	});
}
