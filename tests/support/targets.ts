import type { Client } from '@libsql/client';
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
		// workspace and account
		userId: ids.ownerUserId,
		role: 'viewer',
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
	// Brand parts arranged directly in the database: the suite must not depend on their forms.
	const part = (table: string, columns: string, values: unknown[]) =>
		db.execute({
			sql: `INSERT INTO ${table} (id, brand_id, ${columns}) VALUES (?, ?, ${values.map(() => '?').join(', ')})`,
			args: [`${table}-${brandId}`.slice(0, 30), brandId, ...(values as string[])]
		});
	await part('personas', 'name', ['Persona']);
	await part('pillars', 'name, target_share', ['Pillar', 25]);
	await part('channels', 'kind, ownership, time_zone', ['email', 'owned', 'UTC']);
	await part('campaigns', 'name, start_date, end_date', ['Campaign', '2026-11-20', '2026-12-10']);
	await part('item_series', 'frequency, start_date, count', ['weekly', '2026-11-30', 1]);
	await part(
		'content_items',
		'title, series_id, channel_id, scheduled_date, scheduled_time, time_zone, scheduled_at',
		[
			'Item',
			`item_series-${brandId}`.slice(0, 30),
			`channels-${brandId}`.slice(0, 30),
			'2026-11-30',
			'09:00',
			'UTC',
			Date.UTC(2026, 10, 30, 9)
		]
	);
	// Creator outreach: a creator of the workspace and a collaboration of the brand with a
	// deliverable and a sample, so every outreach action has a real record to aim at.
	const creatorId = `creators-${brandId}`.slice(0, 30);
	const collaborationId = `collaborations-${brandId}`.slice(0, 30);
	await db.execute({
		sql: 'INSERT INTO creators (id, workspace_id, name) VALUES (?, ?, ?)',
		args: [creatorId, owner.workspaceId, 'Creator']
	});
	await db.execute({
		sql: "INSERT INTO creator_profiles (id, creator_id, workspace_id, platform, handle, handle_key) VALUES (?, ?, ?, 'tiktok', 'creator', 'creator')",
		args: [`profiles-${brandId}`.slice(0, 30), creatorId, owner.workspaceId]
	});
	await db.execute({
		sql: "INSERT INTO collaborations (id, brand_id, creator_id, currency, stage_changed_at) VALUES (?, ?, ?, 'USD', ?)",
		args: [collaborationId, brandId, creatorId, Date.UTC(2026, 10, 30)]
	});
	await db.execute({
		sql: "INSERT INTO deliverables (id, collaboration_id, kind, platform) VALUES (?, ?, 'short_video', 'tiktok')",
		args: [`deliverables-${brandId}`.slice(0, 30), collaborationId]
	});
	await db.execute({
		sql: 'INSERT INTO samples (id, collaboration_id, product) VALUES (?, ?, ?)',
		args: [`samples-${brandId}`.slice(0, 30), collaborationId, 'Sample']
	});
	// The owned-audience dashboard: a metric on the email channel with a day's value written by
	// an import batch, a goal and a hand-written note, so every dashboard action has a target.
	const metricId = `metrics-${brandId}`.slice(0, 30);
	const batchId = `batches-${brandId}`.slice(0, 30);
	await db.execute({
		sql: "INSERT INTO metrics (id, brand_id, channel_id, kind) VALUES (?, ?, ?, 'email_subscribers')",
		args: [metricId, brandId, `channels-${brandId}`.slice(0, 30)]
	});
	await db.execute({
		sql: "INSERT INTO import_batches (id, brand_id, format, row_count, changed_count) VALUES (?, ?, 'plain', 1, 1)",
		args: [batchId, brandId]
	});
	await db.execute({
		sql: "INSERT INTO metric_values (metric_id, day, value, batch_id) VALUES (?, '2026-11-30', 100, ?)",
		args: [metricId, batchId]
	});
	await db.execute({
		sql: "INSERT INTO import_changes (batch_id, metric_id, day, previous, value) VALUES (?, ?, '2026-11-30', NULL, 100)",
		args: [batchId, metricId]
	});
	await db.execute({
		sql: "INSERT INTO goals (id, brand_id, metric_id, target, start_day, due_day) VALUES (?, ?, ?, 1000, '2026-11-01', '2027-03-31')",
		args: [`goals-${brandId}`.slice(0, 30), brandId, metricId]
	});
	await db.execute({
		sql: "INSERT INTO annotations (id, brand_id, day, text) VALUES (?, ?, '2026-11-30', 'Note')",
		args: [`annotations-${brandId}`.slice(0, 30), brandId]
	});
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
		outsiderBrandId
	};
	return { owner, viewer, outsider, invitePath, ids };
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
		file: 'not-a-real-token.ics'
	};
}
