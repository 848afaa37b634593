import { afterEach, describe, expect, it, vi } from 'vitest';
import { getLocale, overwriteGetLocale } from '$lib/paraglide/runtime';
import { noteSchema } from './annotation';
import { campaignSchema } from './campaign';
import { followUpSchema } from './collaboration';
import { goalSchema } from './goal';
import { itemSchema } from './item';

// The UTC day the forms bound against: 2 Dec 2026, so the last accepted day is 2 Dec 2036.
vi.useFakeTimers({ now: Date.UTC(2026, 11, 2, 12), toFake: ['Date'] });
afterEach(() => overwriteGetLocale(getLocale));

const fieldErrors = (schema: { safeParse: (v: unknown) => unknown }, input: object) => {
	const result = schema.safeParse(input) as {
		success: boolean;
		error?: { issues: { path: PropertyKey[]; message: string }[] };
	};
	const errors: Record<string, string[]> = {};
	for (const issue of result.success ? [] : result.error!.issues) {
		(errors[String(issue.path[0])] ??= []).push(issue.message);
	}
	return errors;
};
const RANGE = 'Pick a date between 2000-01-01 and 2036-12-02.';

const FORMS = [
	[noteSchema, { text: 'Launch', metricId: '', version: 0 }, 'day'],
	[campaignSchema, { name: 'Gifting', endDate: '2026-12-31' }, 'startDate'],
	[goalSchema, { metricId: 'm1', target: '5000', startDay: '2026-11-01' }, 'dueDay'],
	[itemSchema, { title: 'Post', status: 'draft', format: 'other' }, 'scheduledDate'],
	[followUpSchema, { version: 1 }, 'followUpOn']
] as const;

describe('a day field outside 2000-01-01 … today + 10 years', () => {
	it('is refused on its own field, with the bounds named', () => {
		for (const [schema, rest, field] of FORMS) {
			for (const day of ['9999-12-31', '0001-01-01', '1999-12-31', '2036-12-03']) {
				const errors = fieldErrors(schema, { ...rest, [field]: day });
				expect(errors[field], `${field} ${day}`).toContain(RANGE);
				expect(
					Object.values(errors)
						.flat()
						.filter((e) => e === RANGE)
				).toHaveLength(1);
			}
			for (const day of ['2000-01-01', '2036-12-02']) {
				expect(fieldErrors(schema, { ...rest, [field]: day })[field] ?? []).not.toContain(RANGE);
			}
		}
	});

	it('is refused in Chinese on a Chinese page', () => {
		overwriteGetLocale(() => 'zh-CN');
		expect(fieldErrors(noteSchema, { text: 'x', day: '9999-12-31' })).toEqual({
			day: ['请选择 2000-01-01 至 2036-12-02 之间的日期。']
		});
	});
});
