/** Between a deliverable's forms and what the services store: paths, values, the channel choice. */
import { normaliseLineBreaks } from '$lib/schemas/fields';
import type { DeliverableForm } from '$lib/schemas/deliverable';
import type { Deliverable } from '$lib/server/db/schema';
import type { DeliverableInput } from '$lib/server/queries/deliverables';

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

/** The brand's channels with those of the deliverable's platform first, and the one to propose. */
export function channelChoice<C extends { id: string; kind: string }>(
	channels: C[],
	deliverable: { platform: string; channelId: string | null }
) {
	const same = channels.filter((c) => c.kind === deliverable.platform);
	const sorted = [...same, ...channels.filter((c) => c.kind !== deliverable.platform)];
	const previous = channels.find((c) => c.id === deliverable.channelId);
	return { sorted, proposed: previous?.id ?? (same.length === 1 ? same[0].id : '') };
}
