import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client';
import { brands, collaborations, creators, users } from '../db/schema';
import { postComment } from '../services/comments/threads';

const HOUR_MS = 3_600_000;

/**
 * A short thread on one demo collaboration: the client, who approves Bump & Bloom, asks the owner
 * (by an @mention) about Brooke Alvarez's live caption that has no disclosure, and the owner
 * answers. Written through the comment service, so the mention is stored as a real one.
 */
export async function seedDemoCollabComments(db: Db, workspaceId: string, now = Date.now()) {
	const [deal] = await db
		.select({ id: collaborations.id, brandId: brands.id })
		.from(collaborations)
		.innerJoin(brands, eq(brands.id, collaborations.brandId))
		.innerJoin(creators, eq(creators.id, collaborations.creatorId))
		.where(
			and(
				eq(brands.workspaceId, workspaceId),
				eq(brands.name, 'Bump & Bloom'),
				eq(creators.name, 'Brooke Alvarez')
			)
		)
		.limit(1);
	const people = await db
		.select({ id: users.id, email: users.email })
		.from(users)
		.where(inArray(users.email, ['client@freehold.test', 'demo@freehold.test']));
	const client = people.find((p) => p.email === 'client@freehold.test');
	const owner = people.find((p) => p.email === 'demo@freehold.test');
	if (!deal || !client || !owner) return;
	const thread: [string, string, number][] = [
		[
			client.id,
			"@Lin Wei Brooke's TikTok is live but the caption has no #ad. Can she add it before we pay her?",
			5
		],
		[
			owner.id,
			"Good catch, @Sarah Miller. I've asked Brooke to add #ad at the start of the caption; I'll mark it paid once it's fixed.",
			2
		]
	];
	for (const [userId, body, hoursAgo] of thread) {
		const scope = { workspaceId, brandId: deal.brandId, userId };
		const on = { kind: 'collaboration' as const, id: deal.id, body };
		await postComment(db, scope, on, new Date(now - hoursAgo * HOUR_MS));
	}
}
