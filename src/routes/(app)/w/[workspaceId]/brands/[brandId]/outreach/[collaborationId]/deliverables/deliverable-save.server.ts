import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { normaliseLineBreaks } from '$lib/schemas/fields';
import { deliverableSchema, type DeliverableForm } from '$lib/schemas/deliverable';
import { requireCollaboration } from '$lib/server/collab-guard';
import { db } from '$lib/server/db';
import type { Deliverable } from '$lib/server/db/schema';
import { createDeliverable, type DeliverableInput } from '$lib/server/queries/deliverables';

export type Params = { workspaceId: string; brandId: string; collaborationId: string };

/** Where a collaboration's pages live. */
export const collabPath = (p: Params) =>
	`/w/${p.workspaceId}/brands/${p.brandId}/outreach/${p.collaborationId}`;

/** A valid terms form → what is stored. */
export function deliverableInput(data: DeliverableForm): DeliverableInput {
	return {
		kind: data.kind,
		platform: data.platform,
		count: Number(data.count),
		dueOn: data.dueOn || null,
		caption: normaliseLineBreaks(data.caption),
		publishedUrl: data.publishedUrl
	};
}

/** The terms form's values for a stored deliverable. */
export function deliverableFormValues(d: Deliverable): DeliverableForm {
	return {
		kind: d.kind,
		platform: d.platform,
		count: String(d.count),
		dueOn: d.dueOn ?? '',
		caption: d.caption,
		publishedUrl: d.publishedUrl,
		version: d.version
	};
}

/** `?/create` on the list: adds a deliverable and opens it, where it can go on the calendar. */
export async function createDeliverableAction({ locals, params, request }: RequestEvent<Params>) {
	const { brand, collaboration } = await requireCollaboration(locals, params, 'editContent');
	const form = await superValidate(request, zod4(deliverableSchema), { id: 'deliverable' });
	if (!form.valid) return fail(400, { form });
	const id = await createDeliverable(db, brand.id, collaboration.id, deliverableInput(form.data));
	if (!id) error(404, 'Not found');
	redirect(303, `${collabPath(params)}/deliverables/${id}?created=1`);
}
