import { METRIC_VALUE_MAX } from '$lib/domain/metrics';
import type { CellProblem } from '$lib/domain/metric-entry';
import { formatNumber } from '$lib/i18n/format';
import { m } from '$lib/paraglide/messages';
import type { EntryConflictView } from '$lib/server/services/audience/entry';

function problemText(problem: CellProblem, currency: string, locale: string) {
	switch (problem) {
		case 'number':
			return m.entry_problem_number();
		case 'negative':
			return m.entry_problem_negative();
		case 'whole':
			return m.entry_problem_whole();
		case 'decimals':
			return m.entry_problem_decimals({ currency });
		case 'too_large':
			return m.entry_problem_too_large({ max: formatNumber(METRIC_VALUE_MAX, locale) });
	}
}

/** Per cell key, the refused cell's problem in the user's words. */
export const problemTexts = (
	problems: Record<string, CellProblem>,
	currency: string,
	locale: string
) =>
	Object.fromEntries(
		Object.entries(problems).map(([key, problem]) => [key, problemText(problem, currency, locale)])
	);

/** Per cell key, what someone else stored meanwhile. */
export const conflictTexts = (conflicts: EntryConflictView[]) =>
	Object.fromEntries(
		conflicts.map((c) => [
			c.key,
			c.current === null
				? m.entry_conflict_cleared()
				: m.entry_conflict_cell({ current: c.current })
		])
	);
