/*
 * The note of a compliance override in the collaboration log: JSON, so any reason fits.
 */

/** What an override event's note holds: the rules that were open and the reason typed. */
export type OverrideNote = { rules: string[]; reason: string };
export function readOverrideNote(note: string): OverrideNote {
	try {
		const parsed = JSON.parse(note) as Partial<OverrideNote>;
		if (Array.isArray(parsed.rules) && typeof parsed.reason === 'string')
			return { rules: parsed.rules.map(String), reason: parsed.reason };
	} catch {
		// an older or hand-written note: show it as the reason
	}
	return { rules: [], reason: note };
}
