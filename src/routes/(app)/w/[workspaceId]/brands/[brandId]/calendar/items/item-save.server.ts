import { setError, type SuperValidated } from 'sveltekit-superforms';
import { captionCheck } from '$lib/domain/content';
import { scheduleAt, UNSCHEDULED } from '$lib/domain/schedule';
import { m } from '$lib/paraglide/messages';
import { normaliseLineBreaks } from '$lib/schemas/fields';
import type { ItemForm } from '$lib/schemas/item';
import { db } from '$lib/server/db';
import type { Brand } from '$lib/server/db/schema';
import { listChannels } from '$lib/server/queries/channels';
import { listPillars } from '$lib/server/queries/pillars';
import { listPersonas } from '$lib/server/queries/personas';
import { listCampaigns } from '$lib/server/queries/campaigns';
import type { ItemInput } from '$lib/server/queries/items';
import { listMembers } from '$lib/server/queries/workspaces';
import { scheduleNotice } from '$lib/i18n/schedule-notice';

type Form = SuperValidated<ItemForm>;

/**
 * A valid form → what is stored, after the checks that need the database: every chosen id (campaign
 * included) is the brand's (or the workspace's, for the owner), and the caption fits the channel. The time
 * is read in the channel's zone; a DST adjustment comes back as a notice for the user.
 */
export async function itemInput(form: Form, brand: Brand, locale: string) {
	const data = form.data;
	const [channels, pillars, personas, members, campaigns] = await Promise.all([
		listChannels(db, brand.id),
		listPillars(db, brand.id),
		listPersonas(db, brand.id),
		listMembers(db, brand.workspaceId),
		listCampaigns(db, brand.id)
	]);
	const channel = channels.find((c) => c.id === data.channelId);
	const known = {
		channelId: !data.channelId || channel,
		pillarId: !data.pillarId || pillars.some((p) => p.id === data.pillarId),
		personaId: !data.personaId || personas.some((p) => p.id === data.personaId),
		campaignId: !data.campaignId || campaigns.some((c) => c.id === data.campaignId),
		ownerId: !data.ownerId || members.some((mem) => mem.userId === data.ownerId)
	};
	for (const [field, ok] of Object.entries(known)) {
		if (!ok) setError(form, field as keyof typeof known, m.item_error_choice());
	}
	const caption = normaliseLineBreaks(data.caption);
	const check = captionCheck(caption, channel?.kind ?? '');
	if (check.over) setError(form, 'caption', m.item_error_caption_over({ limit: check.limit! }));
	if (!Object.values(known).every(Boolean) || check.over) return null;

	const zone = channel?.timeZone ?? brand.marketTimeZone;
	const scheduled = data.scheduledDate
		? scheduleAt(data.scheduledDate, data.scheduledTime, zone)
		: { ...UNSCHEDULED, adjustment: null };
	const { adjustment, ...schedule } = scheduled;
	const input: ItemInput = {
		channelId: data.channelId || null,
		format: data.format,
		title: data.title,
		brief: normaliseLineBreaks(data.brief),
		caption,
		pillarId: data.pillarId || null,
		personaId: data.personaId || null,
		campaignId: data.campaignId || null,
		ownerId: data.ownerId || null,
		status: data.status,
		linkUrl: data.linkUrl,
		publishedUrl: data.publishedUrl,
		...schedule
	};
	const notice = adjustment
		? scheduleNotice(adjustment, data.scheduledDate, data.scheduledTime, schedule, locale)
		: null;
	return { input, notice };
}
