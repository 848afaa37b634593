import type { Client } from '@libsql/client';
import * as t from '../../src/lib/server/db/schema';
import { collaborationRow } from '../../src/lib/server/testing/factories';
import { openE2eDb } from './database';
import { ApiUser, createBrand } from './support';

/** The records of one workspace that every action of the app can be aimed at. */
export type Ids = {
	ownerUserId: string;
	invitationId: string;
	brandId: string;
	brandName: string;
	personaId: string;
	pillarId: string;
	channelId: string;
	itemId: string;
	campaignId: string;
	creatorId: string;
	profileId: string;
	collaborationId: string;
	deliverableId: string;
	sampleId: string;
	metricId: string;
	goalId: string;
	annotationId: string;
	batchId: string;
	outsiderBrandId: string;
	/** A second brand of the owner's workspace: the only one `scoped` reaches. */
	siblingBrandId: string;
	viewerUserId: string;
};

// A body with every field any action reads, aimed at real records: if a check were missing,
// the write would land and the database snapshot would show it.
export function hostileBody(ids: Ids) {
	return {
		// brand studio
		confirmName: ids.brandName,
		niche: 'Pwned',
		targetMarkets: 'US',
		marketTimeZone: 'UTC',
		homeTimeZone: 'UTC',
		currency: 'USD',
		colour: '#000000',
		kind: 'email',
		ownership: 'owned',
		weeklyCadence: '1',
		targetShare: '50',
		summary: 'Pwned',
		description: 'Pwned',
		// calendar
		itemId: ids.itemId,
		title: 'Pwned',
		date: '2026-12-01',
		time: '09:00',
		scheduledDate: '2026-12-01',
		scheduledTime: '09:00',
		channelId: ids.channelId,
		status: 'published',
		format: 'other',
		body: 'Pwned',
		// a comment thread (item or collaboration) resolved or reopened as an untouched one shows
		stamp: ':open',
		// calendar and creator imports: a file clean for both (the calendar reads `name` as a second
		// title and ignores it; the directory ignores `title`) and a well-formed token, so only the
		// guard can stop it
		text: 'title,name\nPwned,Pwned',
		csv: 'title,name\nPwned,Pwned',
		token: 'a'.repeat(32),
		campaignId: ids.campaignId,
		goal: 'Pwned',
		personaId: ids.personaId,
		startDate: '2026-12-01',
		endDate: '2026-12-31',
		budget: '1',
		utmCampaign: 'pwned',
		views: '1',
		likes: '1',
		signUps: '1',
		expected: ',,,,,,',
		// recurring items: a whole series created, edited or deleted if a check were missing
		repeat: 'daily',
		repeatInterval: '1',
		repeatEnds: 'count',
		repeatCount: '3',
		seriesScope: 'series',
		// creator outreach: a creator, a collaboration and its parts created, moved or changed
		// if a check were missing
		creatorId: ids.creatorId,
		collaborationId: ids.collaborationId,
		deliverableId: ids.deliverableId,
		sampleId: ids.sampleId,
		// A move the rules allow from the fixture's prospect stage, so only the guard can stop it.
		stage: 'declined',
		override: 'on',
		platform: 'tiktok',
		handle: 'pwned',
		product: 'Pwned',
		// the collaboration pipeline: moves, undo, bulk changes, follow-ups, terms and overrides
		ids: `${ids.collaborationId}:1`,
		op: 'stage',
		reason: 'Pwned',
		ownerId: ids.ownerUserId,
		nextStep: 'Pwned',
		followUpOn: '2026-12-01',
		brief: 'Pwned',
		fee: '1',
		productGiven: 'Pwned',
		usageRights: 'Pwned',
		disclosureRequired: 'on',
		promoCode: 'PWNED',
		linkUrl: 'https://pwned.example',
		paymentStatus: 'paid',
		payment: '1',
		paidOn: '2026-12-01',
		// creator directory: a profile edited or removed, a creator deleted with its collaboration
		profileId: ids.profileId,
		previous: JSON.stringify(['tiktok', 'creator', '', null, null, null, null]),
		followers: '1',
		alsoCollaborations: 'on',
		// deliverables (terms, results aimed at the fixture's empty ones, put on the calendar on
		// the brand's channel with `channelId`/`date`/`time`) and samples, all at version 1
		count: '2',
		dueOn: '2026-12-01',
		caption: 'Pwned',
		publishedUrl: 'https://pwned.example/post',
		engagements: '1',
		clicks: '1',
		orders: '1',
		revenue: '1',
		expectedResults: ',,,,',
		sku: 'PWNED',
		quantity: '2',
		shipFrom: 'fba_removal',
		carrier: 'UPS',
		trackingNumber: 'PWNED1',
		shippedOn: '2026-12-01',
		deliveredOn: '2026-12-02',
		landedCost: '1',
		shippingCost: '1',
		// owned-audience dashboard: a note added, edited (at the fixture's version 1) or deleted
		day: '2026-12-01',
		metricId: ids.metricId,
		confirm: 'yes',
		// goals (owned-audience dashboard): a valid goal on the fixture's metric, so only the guard
		// can stop a create or an edit of the fixture goal at version 1
		target: '5000',
		startDay: '2026-11-01',
		dueDay: '2027-06-30',
		note: 'Pwned',
		// audience data entry and imports: a metric renamed or deleted, an empty day of it filled
		// (a cell key as the grid draws it), a file mapped onto it and imported; the fixture batch
		// is undone through its route's params
		label: 'Pwned',
		week: '2026-11-23',
		key: `${ids.metricId}|2026-11-29||`,
		value: '5',
		fileName: 'pwned.csv',
		dateColumn: '0',
		dateFormat: 'iso',
		targets: ids.metricId,
		// workspace and account; brand access (the target brand given to whoever is changed)
		userId: ids.ownerUserId,
		role: 'viewer',
		brandScope: 'chosen',
		brands: `${ids.brandId}:owner`,
		brandIds: ids.brandId,
		invitationId: ids.invitationId,
		name: 'Pwned',
		version: '1',
		email: 'attacker@example.test',
		locale: 'zh-CN',
		timeZone: 'UTC',
		weekStart: 'monday'
	};
}

/** The users who attack a workspace, and what they attack. */
export type Targets = {
	owner: ApiUser;
	viewer: ApiUser;
	outsider: ApiUser;
	/** An editor of the owner's workspace limited to another brand (`siblingBrandId`). */
	scoped: ApiUser;
	/** A pending editor invitation to the owner's workspace. */
	invitePath: string;
	ids: Ids;
};

/**
 * Signs up an owner, a viewer of the owner's workspace and an outsider, and arranges one record of
 * every kind in a brand of the owner's workspace (directly in the database: the suites must not
 * depend on the forms they attack).
 */
export async function arrangeTargets(baseURL: string, db: Client): Promise<Targets> {
	const owner = await ApiUser.signUp(baseURL, 'Owner');
	const viewer = await ApiUser.signUp(baseURL, 'Viewer');
	const outsider = await ApiUser.signUp(baseURL, 'Outsider');
	const scoped = await ApiUser.signUp(baseURL, 'Scoped');
	await viewer.accept(await owner.invite('viewer'));
	const invitePath = await owner.invite('editor'); // left pending, for the revoke and accept attacks
	const ownerRow = await db.execute({
		sql: 'SELECT id FROM users WHERE email = ?',
		args: [owner.email]
	});
	const invitation = await db.execute({
		sql: 'SELECT id FROM invitations WHERE workspace_id = ? AND accepted_at IS NULL',
		args: [owner.workspaceId]
	});
	const brandName = 'Target Brand';
	const brandId = await createBrand(owner, { name: brandName });
	const outsiderBrandId = await createBrand(outsider, { name: 'Outsider Brand' });
	const siblingBrandId = await createBrand(owner, { name: 'Sibling Brand' });
	await scoped.accept(await owner.invite('editor', [siblingBrandId]));
	const viewerRow = await db.execute({
		sql: 'SELECT id FROM users WHERE email = ?',
		args: [viewer.email]
	});
	// Every record arranged directly in the database, row by row through drizzle (no query, no
	// check): the suite must not depend on the forms and services it attacks.
	const orm = openE2eDb(db);
	const id = (table: string) => `${table}-${brandId}`.slice(0, 30);
	await orm.insert(t.personas).values({ id: id('personas'), brandId, name: 'Persona' });
	await orm
		.insert(t.pillars)
		.values({ id: id('pillars'), brandId, name: 'Pillar', targetShare: 25 });
	await orm.insert(t.channels).values({
		id: id('channels'),
		brandId,
		kind: 'email',
		ownership: 'owned',
		timeZone: 'UTC'
	});
	await orm.insert(t.campaigns).values({
		id: id('campaigns'),
		brandId,
		name: 'Campaign',
		startDate: '2026-11-20',
		endDate: '2026-12-10'
	});
	await orm.insert(t.itemSeries).values({
		id: id('item_series'),
		brandId,
		frequency: 'weekly',
		startDate: '2026-11-30',
		count: 1
	});
	await orm.insert(t.contentItems).values({
		id: id('content_items'),
		brandId,
		title: 'Item',
		seriesId: id('item_series'),
		channelId: id('channels'),
		scheduledDate: '2026-11-30',
		scheduledTime: '09:00',
		timeZone: 'UTC',
		scheduledAt: Date.UTC(2026, 10, 30, 9)
	});
	// Creator outreach: a creator of the workspace and a collaboration of the brand with a
	// deliverable and a sample, so every outreach action has a real record to aim at.
	const creatorId = id('creators');
	const collaborationId = id('collaborations');
	await orm
		.insert(t.creators)
		.values({ id: creatorId, workspaceId: owner.workspaceId, name: 'Creator' });
	await orm.insert(t.creatorProfiles).values({
		id: id('profiles'),
		creatorId,
		workspaceId: owner.workspaceId,
		platform: 'tiktok',
		handle: 'creator',
		handleKey: 'creator'
	});
	await orm.insert(t.collaborations).values(
		collaborationRow({
			id: collaborationId,
			brandId,
			creatorId,
			stageChangedAt: new Date(Date.UTC(2026, 10, 30))
		})
	);
	await orm.insert(t.deliverables).values({
		id: id('deliverables'),
		collaborationId,
		kind: 'short_video',
		platform: 'tiktok'
	});
	await orm.insert(t.samples).values({ id: id('samples'), collaborationId, product: 'Sample' });
	// The owned-audience dashboard: a metric on the email channel with a day's value written by
	// an import batch, a goal and a hand-written note, so every dashboard action has a target.
	const metricId = id('metrics');
	const batchId = id('batches');
	await orm.insert(t.metrics).values({
		id: metricId,
		brandId,
		channelId: id('channels'),
		kind: 'email_subscribers'
	});
	await orm
		.insert(t.importBatches)
		.values({ id: batchId, brandId, format: 'plain', rowCount: 1, changedCount: 1 });
	await orm.insert(t.metricValues).values({ metricId, day: '2026-11-30', value: 100, batchId });
	await orm
		.insert(t.importChanges)
		.values({ batchId, metricId, day: '2026-11-30', previous: null, value: 100 });
	await orm.insert(t.goals).values({
		id: id('goals'),
		brandId,
		metricId,
		target: 1000,
		startDay: '2026-11-01',
		dueDay: '2027-03-31'
	});
	await orm
		.insert(t.annotations)
		.values({ id: id('annotations'), brandId, day: '2026-11-30', text: 'Note' });
	const ids: Ids = {
		ownerUserId: String(ownerRow.rows[0].id),
		invitationId: String(invitation.rows[0].id),
		brandId,
		brandName,
		personaId: `personas-${brandId}`.slice(0, 30),
		pillarId: `pillars-${brandId}`.slice(0, 30),
		channelId: `channels-${brandId}`.slice(0, 30),
		itemId: `content_items-${brandId}`.slice(0, 30),
		campaignId: `campaigns-${brandId}`.slice(0, 30),
		creatorId,
		profileId: `profiles-${brandId}`.slice(0, 30),
		collaborationId,
		deliverableId: `deliverables-${brandId}`.slice(0, 30),
		sampleId: `samples-${brandId}`.slice(0, 30),
		metricId,
		goalId: `goals-${brandId}`.slice(0, 30),
		annotationId: `annotations-${brandId}`.slice(0, 30),
		batchId,
		outsiderBrandId,
		siblingBrandId,
		viewerUserId: String(viewerRow.rows[0].id)
	};
	return { owner, viewer, outsider, scoped, invitePath, ids };
}

/** A value for every route parameter, aimed at the targets. */
export function routeParams({ owner, invitePath, ids }: Targets): Record<string, string> {
	return {
		workspaceId: owner.workspaceId,
		token: invitePath.split('/').at(-1)!,
		brandId: ids.brandId,
		personaId: ids.personaId,
		pillarId: ids.pillarId,
		channelId: ids.channelId,
		itemId: ids.itemId,
		campaignId: ids.campaignId,
		creatorId: ids.creatorId,
		collaborationId: ids.collaborationId,
		deliverableId: ids.deliverableId,
		sampleId: ids.sampleId,
		metricId: ids.metricId,
		goalId: ids.goalId,
		annotationId: ids.annotationId,
		batchId: ids.batchId,
		userId: ids.viewerUserId,
		file: 'not-a-real-token.ics'
	};
}
