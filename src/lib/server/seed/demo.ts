import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import type { Role } from '../../domain/roles';
import { brands, users } from '../db/schema';
import { hashPassword } from '../password';
import { createAccount } from '../queries/users';
import { setMemberAccess } from '../queries/access';
import { addMemberIfMissing } from '../queries/workspaces';
import { seedDemoAudience } from './demo-audience';
import { seedDemoBrands } from './demo-brands';
import { seedDemoCalendar, seedDemoSeries } from './demo-calendar';
import { seedDemoCollabComments } from './demo-comments';
import { seedDemoOutreach } from './demo-outreach';
import { seedDemoResults } from './demo-results';

export const DEMO_EMAIL = 'demo@freehold.test';
export const DEMO_PASSWORD = 'freehold-demo';

/**
 * Seeds the demo account on an empty database only (no users at all), so a real installation
 * that once ran in demo mode is never touched again. Returns whether it seeded.
 */
export async function seedDemo(db: Db) {
	const [anyone] = await db.select({ id: users.id }).from(users).limit(1);
	if (anyone) return false;
	const passwordHash = await hashPassword(DEMO_PASSWORD);
	const owner = await createAccount(db, {
		name: 'Lin Wei',
		email: DEMO_EMAIL,
		passwordHash,
		workspaceName: 'Lotus & Pine Trading Co.',
		timeZone: 'Asia/Shanghai'
	});
	if (!owner.ok) return false;
	// A teammate on every brand; a client who approves her own brand only; a freelancer who edits
	// the other brand only — so access per brand can be seen at work from the first visit.
	const teammates: { name: string; email: string; role: Role; tz: string; only?: string }[] = [
		{ name: 'Chen Mei', email: 'mei@freehold.test', role: 'editor', tz: 'Asia/Shanghai' },
		{
			name: 'Sarah Miller',
			email: 'client@freehold.test',
			role: 'approver',
			tz: 'America/New_York',
			only: 'Bump & Bloom'
		},
		{
			name: 'Jonas Weber',
			email: 'freelancer@freehold.test',
			role: 'editor',
			tz: 'Europe/Berlin',
			only: '大嚼家 BigChew'
		}
	];
	const teamIds = [owner.userId];
	const limited: { userId: string; role: Role; brandName: string }[] = [];
	for (const t of teammates) {
		const created = await createAccount(db, {
			name: t.name,
			email: t.email,
			passwordHash,
			workspaceName: `${t.name}'s workspace`,
			timeZone: t.tz
		});
		if (!created.ok) continue;
		await addMemberIfMissing(db, owner.workspaceId, created.userId, t.role);
		if (t.only) limited.push({ userId: created.userId, role: t.role, brandName: t.only });
		else if (t.role === 'editor') teamIds.push(created.userId);
		await db
			.update(users)
			.set({ lastWorkspaceId: owner.workspaceId })
			.where(eq(users.id, created.userId));
	}
	await seedDemoBrands(db, owner.workspaceId);
	const demoBrands = await db
		.select({ id: brands.id, name: brands.name })
		.from(brands)
		.where(eq(brands.workspaceId, owner.workspaceId));
	for (const member of limited) {
		const brand = demoBrands.find((b) => b.name === member.brandName);
		if (!brand) continue;
		await setMemberAccess(db, owner.workspaceId, member.userId, 1, {
			brandScope: 'chosen',
			brands: [{ brandId: brand.id, role: member.role }]
		});
	}
	await seedDemoCalendar(db, owner.workspaceId, teamIds);
	await seedDemoSeries(db, owner.workspaceId, teamIds);
	// After the series, so their published occurrences get results too.
	await seedDemoResults(db, owner.workspaceId);
	await seedDemoOutreach(db, owner.workspaceId, teamIds);
	await seedDemoCollabComments(db, owner.workspaceId);
	// Last: its spikes follow the campaigns and the creator content seeded above.
	await seedDemoAudience(db, owner.workspaceId, owner.userId);
	return true;
}
