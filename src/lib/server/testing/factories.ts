import type { Role } from '../../domain/roles';
import { memberships } from '../db/schema';
import type { Database } from '../db/client';
import { createAccount } from '../queries/users';
import { hashPassword } from '../password';
import type { BrandInput } from '../queries/brands';
import type { ChannelInput, PersonaInput } from '../queries/brand-parts';
import { addMetric } from '../queries/metrics';
import { CHANNEL_KINDS, type ChannelKind } from '../../domain/channels';
import type { MetricKind } from '../../domain/metrics';

let counter = 0;
// Hashing is deliberately slow; factories share one hash of the default password.
let defaultHash: Promise<string> | undefined;
export const TEST_PASSWORD = 'correct horse battery';

export async function makeUser(
	db: Database['db'],
	overrides: Partial<{ name: string; email: string; workspaceName: string }> = {}
) {
	counter += 1;
	defaultHash ??= hashPassword(TEST_PASSWORD);
	const email = overrides.email ?? `user${counter}-${Date.now()}@example.test`;
	const result = await createAccount(db, {
		name: overrides.name ?? `User ${counter}`,
		email,
		passwordHash: await defaultHash,
		workspaceName: overrides.workspaceName ?? `Workspace ${counter}`
	});
	if (!result.ok) throw new Error(`could not create ${email}: ${result.reason}`);
	return { ...result, email };
}

export async function addMember(
	db: Database['db'],
	workspaceId: string,
	userId: string,
	role: Role
) {
	await db.insert(memberships).values({ workspaceId, userId, role });
}

/** A complete brand as createBrand takes it; tests name only what they care about. */
export function brandInput(overrides: Partial<BrandInput> = {}): BrandInput {
	return {
		name: 'Bump & Bloom',
		niche: 'yoga mats for pregnant women',
		positioning: '',
		valueProposition: '',
		toneOfVoice: '',
		targetMarkets: ['US'],
		homeTimeZone: 'Asia/Shanghai',
		marketTimeZone: 'America/New_York',
		currency: 'USD',
		colour: '#166534',
		websiteUrl: '',
		trademarkStatus: 'none',
		trademarkOffice: '',
		trademarkNumber: '',
		trademarkFiledOn: null,
		trademarkRegisteredOn: null,
		brandRegistryStatus: 'not_enrolled',
		...overrides
	};
}

/** A complete persona as createPart takes it. */
export function personaInput(overrides: Partial<PersonaInput> & { name: string }): PersonaInput {
	return {
		summary: '',
		ageMin: null,
		ageMax: null,
		lifeStage: '',
		pains: '',
		goals: '',
		objections: '',
		buyingTriggers: '',
		channelKinds: [],
		note: '',
		...overrides
	};
}

/** A complete channel as createPart takes it; ownership follows the kind, as the form does. */
export function channelInput(
	kind: ChannelKind,
	overrides: Partial<ChannelInput> = {}
): ChannelInput {
	return {
		kind,
		label: '',
		handle: '',
		ownership: CHANNEL_KINDS[kind].ownership,
		weeklyCadence: 0,
		timeZone: 'America/New_York',
		...overrides
	};
}

/** A metric on a channel of the brand; fails the test if it cannot be added. */
export async function makeMetric(
	db: Database['db'],
	brandId: string,
	channelId: string,
	kind: MetricKind
) {
	const added = await addMetric(db, brandId, { channelId, kind });
	if (!added.ok) throw new Error(`could not add ${kind}: ${added.reason}`);
	return added.id;
}
