import { collabMetrics } from '../../../domain/creator-metrics';
import { buildTrackedUrl, slugify } from '../../../domain/utm';
import { today } from '../../../domain/zoned-time';
import type { Db } from '../../db/client';
import type { Collaboration, CreatorProfile } from '../../db/schema';
import { collabTotals } from '../../queries/collab-totals';
import { getCampaign } from '../../queries/campaigns';
import { listEvents } from '../../queries/collaborations';
import { collaborationFindings } from '../../queries/compliance';
import { getUser } from '../../queries/users';

/**
 * Everything the overview shows beside its forms: compliance findings, the log, costs and
 * metrics, the campaign and owner, and the tracked link — source the creator's main platform,
 * medium "influencer", campaign the campaign's UTM name, content a slug of the creator's handle.
 */
export async function loadOverview(
	db: Db,
	scope: { brandId: string; marketTimeZone: string },
	input: {
		collaboration: Collaboration;
		creator: { name: string; profiles: Pick<CreatorProfile, 'platform' | 'handle'>[] };
	}
) {
	const { collaboration, creator } = input;
	const brand = { id: scope.brandId, marketTimeZone: scope.marketTimeZone };
	const [findings, events, totals, campaign, owner] = await Promise.all([
		collaborationFindings(db, brand.id, collaboration),
		listEvents(db, brand.id, collaboration.id),
		collabTotals(db, brand.id, { collaborationIds: [collaboration.id] }),
		collaboration.campaignId ? getCampaign(db, brand.id, collaboration.campaignId) : null,
		collaboration.ownerId ? getUser(db, collaboration.ownerId) : null
	]);
	const total = totals[0];
	const main = creator.profiles[0];
	const tracked = collaboration.linkUrl
		? buildTrackedUrl(collaboration.linkUrl, {
				source: main?.platform ?? '',
				medium: 'influencer',
				campaign: campaign?.utmCampaign ?? '',
				content: slugify(main?.handle ?? creator.name)
			})
		: null;
	return {
		today: today(brand.marketTimeZone),
		findings,
		events,
		costs: total.costs,
		reported: total.reported,
		deliverableCount: total.deliverables,
		metrics: collabMetrics(total.costs, total.results),
		campaign: campaign && { id: campaign.id, name: campaign.name, utm: campaign.utmCampaign },
		ownerName: owner?.name ?? null,
		tracked
	};
}
