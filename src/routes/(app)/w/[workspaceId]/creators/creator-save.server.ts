import { setError, type SuperValidated } from 'sveltekit-superforms';
import { handleKey } from '$lib/domain/creators';
import { m } from '$lib/paraglide/messages';
import type { ProfileValues } from '$lib/schemas/creator';
import type { Duplicate } from '$lib/server/queries/creators';

/** The creator already holding a profile, for the link beside the refused handle. */
export type Taken = { row: number; creatorId: string; creatorName: string };

/**
 * Puts "already in your directory" on the handle of each row that is taken (by `row` index;
 * `null` for a single-profile form) and returns who holds them, for the links.
 */
export function markTaken<T extends Record<string, unknown>>(
	form: SuperValidated<T>,
	rows: { row: number | null; profile: ProfileValues }[],
	duplicates: Duplicate[]
): Taken[] {
	const taken: Taken[] = [];
	for (const { row, profile } of rows) {
		const holder = duplicates.find(
			(d) =>
				d.creatorId &&
				d.platform === profile.platform &&
				handleKey(d.handle) === handleKey(profile.handle)
		);
		if (!holder?.creatorId) continue;
		const path = row === null ? 'handle' : `handle[${row}]`;
		setError(form, path as never, m.creator_duplicate({ name: holder.creatorName ?? '' }));
		taken.push({
			row: row ?? 0,
			creatorId: holder.creatorId,
			creatorName: holder.creatorName ?? ''
		});
	}
	return taken;
}
