import { fail, type RequestEvent } from '@sveltejs/kit';
import { isDate, today } from '$lib/domain/zoned-time';
import { bulkSchema } from '$lib/schemas/collaboration';
import { db } from '$lib/server/db';
import { requireBrand } from '$lib/server/guards';
import { collaborationNames } from '$lib/server/queries/collaboration-lists';
import { bulkUpdate, type BulkChange } from '$lib/server/queries/collaboration-moves';
import { openFindingRules } from '$lib/server/queries/compliance';
import { checkReferences } from '$lib/server/services/references';
import type { BulkAnswer } from './bulk';

type Event = RequestEvent<{ workspaceId: string; brandId: string }>;
const refuse = (reason: Extract<BulkAnswer, { ok: false }>['reason']) =>
	fail(400, { bulk: { ok: false, reason } satisfies BulkAnswer });

/**
 * The table's bulk change: the checked rows ("id:version") and the button pressed (op). Each row
 * is changed or refused on its own; the answer names every refused one and why. Always answers
 * on the page (also without JavaScript), since the refusals are the point.
 */
export async function bulkAction({ locals, params, request }: Event) {
	const { user, workspace, brand } = await requireBrand(
		locals,
		params.workspaceId,
		params.brandId,
		'editContent'
	);
	const data = await request.formData();
	const text = (name: string) => {
		const value = data.get(name);
		return typeof value === 'string' ? value : undefined;
	};
	if (!data.getAll('ids').length) return refuse('none-selected');
	const parsed = bulkSchema.safeParse({
		ids: data.getAll('ids'),
		op: text('op'),
		stage: text('stage') || undefined,
		ownerId: text('ownerId') ?? '',
		followUpOn: text('followUpOn') ?? ''
	});
	if (!parsed.success) return refuse('invalid');
	const { ids, op, stage, ownerId, followUpOn } = parsed.data;
	let change: BulkChange;
	if (op === 'stage') {
		if (!stage) return refuse('invalid');
		change = { kind: 'stage', to: stage };
	} else if (op === 'owner') {
		const scope = { workspaceId: workspace.id, brandId: brand.id };
		if (!(await checkReferences(db, scope, { ownerId })).ok) return refuse('owner-not-found');
		change = { kind: 'owner', ownerId: ownerId || null };
	} else {
		if (!isDate(followUpOn)) return refuse('invalid');
		change = { kind: 'followUp', followUpOn };
	}
	const result = await bulkUpdate(db, brand.id, ids, change, {
		userId: user.id,
		today: today(brand.marketTimeZone),
		openFindingsOf: (collaboration) => openFindingRules(db, brand.id, collaboration)
	});
	const names = await collaborationNames(
		db,
		brand.id,
		result.refused.map((r) => r.id)
	);
	const refused = result.refused.map((r) => ({ ...r, name: names.get(r.id) ?? '' }));
	return { bulk: { ok: true, op, done: result.done.length, refused } satisfies BulkAnswer };
}
