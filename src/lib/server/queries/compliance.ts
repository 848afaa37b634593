import { and, asc, eq } from 'drizzle-orm';
import {
	checkCompliance,
	compensationOf,
	blocksPayment,
	type Finding
} from '../../domain/compliance';
import type { Db } from '../db/client';
import {
	collaborations,
	contentItems,
	creators,
	deliverables,
	type Collaboration
} from '../db/schema';

/**
 * The compliance findings of one collaboration of the brand: its brief, every deliverable's
 * caption on its platform (with the title of the calendar item it became, where a title is part
 * of what the audience sees first), and the creator's do-not-contact flag and audience language.
 * A collaboration of another brand has no findings (and nothing is read for it).
 */
export async function collaborationFindings(
	db: Db,
	brandId: string,
	collaboration: Pick<
		Collaboration,
		'id' | 'creatorId' | 'stage' | 'brief' | 'feeMinor' | 'productGiven' | 'disclosureRequired'
	>
): Promise<Finding[]> {
	const [creator] = await db
		.select({ doNotContact: creators.doNotContact, language: creators.language })
		.from(collaborations)
		.innerJoin(creators, eq(creators.id, collaborations.creatorId))
		.where(and(eq(collaborations.id, collaboration.id), eq(collaborations.brandId, brandId)));
	if (!creator) return [];
	const items = await db
		.select({
			id: deliverables.id,
			platform: deliverables.platform,
			caption: deliverables.caption,
			title: contentItems.title
		})
		.from(deliverables)
		.leftJoin(contentItems, eq(contentItems.id, deliverables.contentItemId))
		.where(eq(deliverables.collaborationId, collaboration.id))
		.orderBy(asc(deliverables.position), asc(deliverables.id));
	return checkCompliance({
		stage: collaboration.stage,
		compensation: compensationOf(collaboration.feeMinor, collaboration.productGiven),
		disclosureRequired: collaboration.disclosureRequired,
		brief: collaboration.brief,
		creator: { doNotContact: creator.doNotContact },
		audienceLanguage: creator.language || undefined,
		deliverables: items.map((item) => ({
			id: item.id,
			platform: item.platform,
			caption: item.caption,
			...(item.title ? { title: item.title } : {})
		}))
	});
}

/** The rule ids that stand between this collaboration and "paid" (none when nothing blocks). */
export async function openFindingRules(
	db: Db,
	brandId: string,
	collaboration: Parameters<typeof collaborationFindings>[2]
) {
	const findings = await collaborationFindings(db, brandId, collaboration);
	return blocksPayment(findings) ? [...new Set(findings.map((f) => f.rule))] : [];
}
