import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { users } from '../db/schema';
import { hashPassword } from '../password';
import { createAccount } from '../queries/users';
import { addMemberIfMissing } from '../queries/workspaces';
import { seedDemoAudience } from './demo-audience';
import { seedDemoBrands } from './demo-brands';
import { seedDemoCalendar, seedDemoSeries } from './demo-calendar';
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
	// A teammate and a client-reviewer, so roles can be seen at work from the first visit.
	const teammates = [
		{ name: 'Chen Mei', email: 'mei@freehold.test', role: 'editor' as const, tz: 'Asia/Shanghai' },
		{
			name: 'Sarah Miller',
			email: 'client@freehold.test',
			role: 'viewer' as const,
			tz: 'America/New_York'
		}
	];
	const teamIds = [owner.userId];
	for (const t of teammates) {
		const created = await createAccount(db, {
			name: t.name,
			email: t.email,
			passwordHash,
			workspaceName: `${t.name}'s workspace`,
			timeZone: t.tz
		});
		if (created.ok) await addMemberIfMissing(db, owner.workspaceId, created.userId, t.role);
		if (created.ok && t.role === 'editor') teamIds.push(created.userId);
		if (created.ok)
			await db
				.update(users)
				.set({ lastWorkspaceId: owner.workspaceId })
				.where(eq(users.id, created.userId));
	}
	await seedDemoBrands(db, owner.workspaceId);
	await seedDemoCalendar(db, owner.workspaceId, teamIds);
	await seedDemoSeries(db, owner.workspaceId, teamIds);
	// After the series, so their published occurrences get results too.
	await seedDemoResults(db, owner.workspaceId);
	await seedDemoOutreach(db, owner.workspaceId, teamIds);
	// Last: its spikes follow the campaigns and the creator content seeded above.
	await seedDemoAudience(db, owner.workspaceId, owner.userId);
	return true;
}
