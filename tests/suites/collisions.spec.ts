import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Client } from '@libsql/client';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import type { ContentItem } from '../../src/lib/server/db/schema';
import { createPersona } from '../../src/lib/server/queries/personas';
import { createPillar } from '../../src/lib/server/queries/pillars';
import { addComment } from '../../src/lib/server/queries/comments';
import { listProfiles } from '../../src/lib/server/queries/creators';
import {
	makeCampaign,
	makeChannel,
	makeCollaboration,
	makeCreator,
	makeDeliverable,
	makeGoal,
	makeItem,
	makeMetric,
	makeNote,
	makeSample,
	makeSeries,
	personaInput,
	pillarInput,
	profileInput
} from '../../src/lib/server/testing/factories';
import { openE2eDatabase, openE2eDb } from '../support/database';
import { ApiUser, createBrand, expect, expectNoAxeViolations, test } from '../support/support';

/**
 * Edits that collide (issue 7): for every edit form that carries a version (or the values it was
 * loaded with), two people of the workspace open the same record in their own browsers. A saves;
 * B saves the same field on the version they loaded and is told; nothing is overwritten, the
 * database and a reload show A's value; B saves again, knowingly, and wins. Moves (calendar,
 * board, the table's bulk change) are made the same way: B's is refused and the item stays where
 * A put it. Several B's are an editor whose account reads the app in Chinese, so each message and
 * label is looked up in messages/ (en and zh-CN) rather than written here.
 *
 * `keeps` records what B's form holds after the refusal: `mine` (B's typing stays, what A saved
 * is shown beside it, in the shared conflict panel where `theirs` finds it) or `theirs` (B's
 * typing replaced with what is stored, to be made again). Every form keeps B's typing now; the
 * nine that used to replace it (workspace to series) were converted.
 */

type Locale = 'en' | 'zh-CN';
type Params = Record<string, string | number>;

/** Every message of a locale, from the same files Paraglide compiles. */
function loadMessages(locale: Locale) {
	const dirs = readdirSync('messages').filter((d) => statSync(join('messages', d)).isDirectory());
	const files = [
		join('messages', `${locale}.json`),
		...dirs.map((d) => join('messages', d, `${locale}.json`))
	];
	const all: Record<string, string> = {};
	for (const file of files) Object.assign(all, JSON.parse(readFileSync(file, 'utf8')));
	return all;
}
const MESSAGES = { en: loadMessages('en'), 'zh-CN': loadMessages('zh-CN') };

function translate(locale: Locale) {
	return (key: string, params: Params = {}) => {
		const text = MESSAGES[locale][key];
		if (typeof text !== 'string') throw new Error(`no message ${key} in ${locale}`);
		return text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name]));
	};
}
type T = ReturnType<typeof translate>;
type Side = { page: Page; t: T };

// Opened in beforeAll: the server writes where its database is only once it has started.
let client: Client;
const scalar = async (sql: string, ...args: (string | number)[]) =>
	(await client.execute({ sql, args })).rows[0]?.[0] ?? null;

let owner: ApiUser;
let editor: ApiUser;
let coOwner: ApiUser;
let zhEditor: ApiUser;
/** A member whose access two owners change at once (never one of the people who save). */
let eve: ApiUser;
let brandId = '';
const names = {
	owner: 'Alex Owner',
	editor: 'Bea Editor',
	coOwner: 'Cai Cohost',
	zhEditor: 'Dee 编辑',
	client: 'Eve Client'
};
const userIds = { owner: '', editor: '', client: '' };
/** The records arranged for the forms, by name (see arrangeRecords). */
const ids: Record<string, string> = {};
const id = (part: string) => ids[part];
const ws = () => `/w/${owner.workspaceId}`;
const brandPath = () => `${ws()}/brands/${brandId}`;
const collabPath = () => `${brandPath()}/outreach/${id('collab')}`;
const dashPath = () => `${brandPath()}/dashboard`;
const WEEK = '2026-03-04';
/** One browser (context and page) per person, opened once: a new page per test costs seconds here. */
const browsers: Record<
	'owner' | 'editor' | 'coOwner' | 'coOwnerAgain' | 'zh',
	{ context: BrowserContext; page: Page } | null
> = { owner: null, editor: null, coOwner: null, coOwnerAgain: null, zh: null };

/** One brand with one record for every form, arranged through the factories (cheap, no clicks). */
async function arrangeRecords() {
	const db = openE2eDb(client);
	ids.persona = await createPersona(db, brandId, personaInput({ name: 'Collide persona' }));
	ids.pillar = await createPillar(
		db,
		brandId,
		pillarInput({ name: 'Collide pillar', targetShare: 25 })
	);
	ids.channel = await makeChannel(db, brandId, 'email', { timeZone: 'America/New_York' });
	ids.campaign = await makeCampaign(db, brandId, {
		name: 'Collide campaign',
		startDate: '2026-11-20',
		endDate: '2026-12-10'
	});
	// 09:00 in New York on 4 March 2026 (EST) is 14:00 UTC.
	const item = (
		title: string,
		date = WEEK,
		status: ContentItem['status'] = 'draft',
		seriesId: string | null = null
	) =>
		makeItem(db, brandId, {
			title,
			status,
			seriesId,
			channelId: id('channel'),
			scheduledDate: date,
			scheduledTime: '09:00',
			timeZone: 'America/New_York',
			scheduledAt: Date.UTC(2026, 2, Number(date.slice(8)), 14)
		});
	ids.item = await item('Collide item');
	ids.moved = await item('Collide move');
	ids.published = await item('Collide results', WEEK, 'published');
	ids.series = await makeSeries(db, brandId, {
		frequency: 'weekly',
		startDate: '2026-03-04',
		count: 2
	});
	for (const [part, date] of [
		['occurrence1', '2026-03-04'],
		['occurrence2', '2026-03-11']
	]) {
		ids[part] = await item('Collide series', date, 'draft', id('series'));
	}
	// Creator outreach: a creator with a profile and a collaboration with a deliverable and a
	// sample; two more creators' collaborations for the board and the table's bulk change.
	const workspaceId = owner.workspaceId;
	ids.creator = await makeCreator(db, workspaceId, { name: 'Collide Creator' }, [
		profileInput('tiktok', 'collide')
	]);
	ids.mover = await makeCreator(db, workspaceId, { name: 'Collide Mover' });
	ids.bulky = await makeCreator(db, workspaceId, { name: 'Collide Bulk' });
	[{ id: ids.profile }] = await listProfiles(db, workspaceId, id('creator'));
	const collaboration = {
		brandId,
		currency: 'USD',
		stageChangedAt: new Date(Date.UTC(2026, 10, 30))
	};
	ids.collab = await makeCollaboration(db, {
		...collaboration,
		creatorId: id('creator'),
		nextStep: 'Call her',
		followUpOn: '2026-12-20'
	});
	ids.board = await makeCollaboration(db, { ...collaboration, creatorId: id('mover') });
	ids.bulk = await makeCollaboration(db, { ...collaboration, creatorId: id('bulky') });
	ids.deliverable = await makeDeliverable(db, id('collab'), {
		kind: 'short_video',
		platform: 'tiktok'
	});
	ids.sample = await makeSample(db, id('collab'), { product: 'Mat' });
	// The owned-audience dashboard: a metric, a goal on it and a note.
	ids.metric = await makeMetric(db, brandId, id('channel'), 'email_subscribers');
	ids.goal = await makeGoal(db, brandId, {
		metricId: id('metric'),
		target: 1000,
		startDay: '2026-11-01',
		dueDay: '2027-03-31'
	});
	ids.note = await makeNote(db, brandId, { day: '2026-11-30', text: 'Note' });
	// A comment on the item and on the collaboration, so their threads can be resolved.
	for (const [kind, part] of [
		['item', 'item'],
		['collaboration', 'collab']
	] as const) {
		await addComment(db, { kind, brandId, id: id(part) }, userIds.owner, 'Ready for review?');
	}
}

// Kept as beforeAll, not the role fixtures: the CASES table reads its paths and ids lazily from
// this module, and each person's browser is opened once for all the tests (seconds each here).
test.beforeAll(async ({ browser, baseURL }) => {
	client = openE2eDatabase();
	owner = await ApiUser.signUp(baseURL!, names.owner);
	editor = await ApiUser.signUp(baseURL!, names.editor);
	coOwner = await ApiUser.signUp(baseURL!, names.coOwner);
	zhEditor = await ApiUser.signUp(baseURL!, names.zhEditor);
	eve = await ApiUser.signUp(baseURL!, names.client);
	await editor.accept(await owner.invite('editor'));
	await eve.accept(await owner.invite('viewer'));
	await coOwner.accept(await owner.invite('owner'));
	await zhEditor.accept(await owner.invite('editor'));
	// Dee reads the app in Chinese: chosen with the language switcher, kept on the account.
	const switched = await zhEditor.api.post('/locale', {
		form: { locale: 'zh-CN', redirectTo: '/' },
		maxRedirects: 0
	});
	expect(switched.status()).toBe(303);
	brandId = await createBrand(owner, { name: 'Collide Brand' });
	for (const [key, user] of [
		['owner', owner],
		['editor', editor],
		['client', eve]
	] as const) {
		userIds[key] = String(await scalar('SELECT id FROM users WHERE email = ?', user.email));
	}
	await arrangeRecords();
	// Each person signed in in their own browser (the session of their sign-up); the co-owner
	// in a second browser too, for the one form that is a person's own (their account), so the
	// names the other forms pick from stay as they are.
	const open = async (user: ApiUser) => {
		const context = await browser.newContext({
			baseURL,
			storageState: await user.api.storageState()
		});
		return { context, page: await context.newPage() };
	};
	browsers.owner = await open(owner);
	browsers.editor = await open(editor);
	browsers.coOwner = await open(coOwner);
	browsers.coOwnerAgain = await open(coOwner);
	browsers.zh = await open(zhEditor);
});

test.afterAll(async () => {
	await Promise.all(Object.values(browsers).map((b) => b?.context.close()));
	await Promise.all([owner, editor, coOwner, zhEditor, eve].map((u) => u?.dispose()));
	client?.close();
});

type Who = keyof typeof browsers;

/** A and B on the same page, each in their own browser, each holding the version it loaded. */
async function openBoth(path: string, who: { a: Who; b: Who }, bLocale: Locale) {
	const a: Side = { page: browsers[who.a]!.page, t: translate('en') };
	const b: Side = { page: browsers[who.b]!.page, t: translate(bLocale) };
	await Promise.all([a.page.goto(path), b.page.goto(path)]);
	await expect(b.page.locator('html')).toHaveAttribute('lang', bLocale);
	return { a, b };
}

type FormCase = {
	name: string;
	path: () => string;
	/** Who saves first and who second; the owner and an editor unless the form needs others. */
	who?: { a: Who; b: Who };
	/** zh-CN: B is the editor who reads the app in Chinese. */
	bLocale?: Locale;
	/** The field both change, found by its label (or role) in the side's language. */
	field: (s: Side) => Locator;
	/** A select: values are option labels, the field's value is what `storedAs` gives. */
	select?: boolean;
	values: [string, string];
	/** Runs before each save (a scope to choose, say). */
	prepare?: (s: Side) => Promise<void>;
	button: (s: Side) => Locator;
	saved: (s: Side) => Locator;
	conflict: (s: Side, a: string) => Locator;
	keeps: 'mine' | 'theirs';
	/** Where B's page shows what A saved beside B's kept form, when it has one panel for it. */
	theirs?: (s: Side) => Locator;
	stored: () => Promise<unknown>;
	/** What the database holds once a value is saved (the typed text by default). */
	storedAs?: (value: string) => unknown;
};

const save = (s: Side, key = 'save') => s.page.getByRole('button', { name: s.t(key), exact: true });
const text = (s: Side, key: string, params?: Params) => s.page.getByText(s.t(key, params));
const alert = (s: Side, key: string, params?: Params) =>
	s.page.getByRole('alert').filter({ hasText: s.t(key, params) });
const label = (s: Side, key: string, params?: Params) =>
	s.page.getByLabel(s.t(key, params), { exact: true });
const SAVED = (s: Side) => s.page.getByRole('status').filter({ hasText: s.t('saved') });

const metricForm = (s: Side) =>
	s.page.locator('form', {
		has: s.page.locator(`input[name="metricId"][value="${id('metric')}"]`)
	});
const profileRow = (s: Side) => s.page.locator(`li[data-profile-id="${id('profile')}"]`);

const CASES: FormCase[] = [
	{
		name: 'workspace rename',
		path: () => `${ws()}/settings`,
		who: { a: 'owner', b: 'coOwner' },
		field: (s) => label(s, 'workspace_name'),
		values: ['Collide Studio', 'Collide Agency'],
		button: (s) => save(s),
		saved: SAVED,
		conflict: (s) => alert(s, 'error_conflict'),
		keeps: 'mine',
		theirs: (s) => s.page.getByTestId('workspace-conflict'),
		stored: () => scalar('SELECT name FROM workspaces WHERE id = ?', owner.workspaceId)
	},
	{
		name: 'account settings (one person, two browsers)',
		path: () => '/account',
		who: { a: 'coOwner', b: 'coOwnerAgain' },
		field: (s) => label(s, 'field_name'),
		values: ['Cai Cohost-Lee', 'Cai 蔡'],
		button: (s) => save(s),
		saved: SAVED,
		conflict: (s) => alert(s, 'error_conflict'),
		keeps: 'mine',
		theirs: (s) => s.page.getByTestId('account-conflict'),
		stored: () => scalar('SELECT name FROM users WHERE email = ?', coOwner.email)
	},
	{
		name: 'brand profile',
		path: () => `${brandPath()}/edit`,
		field: (s) => label(s, 'field_tone_of_voice'),
		values: ['Warm and plain', 'Dry and formal'],
		button: (s) => save(s),
		saved: SAVED,
		conflict: (s) => alert(s, 'conflict_saved_elsewhere'),
		keeps: 'mine',
		theirs: (s) => s.page.getByTestId('brand-conflict'),
		stored: () => scalar('SELECT tone_of_voice FROM brands WHERE id = ?', brandId)
	},
	{
		name: 'channel',
		path: () => `${brandPath()}/channels/${id('channel')}`,
		bLocale: 'zh-CN',
		field: (s) => label(s, 'channels_field_cadence'),
		values: ['3', '5'],
		button: (s) => save(s),
		saved: SAVED,
		conflict: (s) => alert(s, 'conflict_saved_elsewhere'),
		keeps: 'mine',
		theirs: (s) => s.page.getByTestId('channel-conflict'),
		stored: () => scalar('SELECT weekly_cadence FROM channels WHERE id = ?', id('channel')),
		storedAs: Number
	},
	{
		name: 'persona',
		path: () => `${brandPath()}/personas/${id('persona')}`,
		bLocale: 'zh-CN',
		field: (s) => label(s, 'persona_field_life_stage'),
		values: ['Second child on the way', '第一次当妈妈'],
		button: (s) => save(s),
		saved: SAVED,
		conflict: (s) => alert(s, 'conflict_saved_elsewhere'),
		keeps: 'mine',
		theirs: (s) => s.page.getByTestId('persona-conflict'),
		stored: () => scalar('SELECT life_stage FROM personas WHERE id = ?', id('persona'))
	},
	{
		name: 'pillar',
		path: () => `${brandPath()}/pillars`,
		field: (s) => label(s, 'pillar_description_of', { name: 'Collide pillar' }),
		values: ['How-to posts', 'Behind the scenes'],
		button: (s) =>
			s.page.getByRole('button', { name: `${s.t('save')} Collide pillar`, exact: true }),
		saved: SAVED,
		conflict: (s) => alert(s, 'conflict_saved_elsewhere'),
		keeps: 'mine',
		theirs: (s) => s.page.getByTestId('pillar-conflict'),
		stored: () => scalar('SELECT description FROM pillars WHERE id = ?', id('pillar'))
	},
	{
		name: 'calendar item',
		path: () => `${brandPath()}/calendar/items/${id('item')}`,
		field: (s) => label(s, 'item_field_title'),
		values: ['Collide item — final', 'Collide item — other'],
		button: (s) => save(s),
		saved: SAVED,
		conflict: (s) => alert(s, 'conflict_saved_elsewhere'),
		keeps: 'mine',
		theirs: (s) => s.page.getByTestId('item-conflict'),
		stored: () => scalar('SELECT title FROM content_items WHERE id = ?', id('item'))
	},
	{
		name: 'calendar item results',
		path: () => `${brandPath()}/calendar/items/${id('published')}`,
		field: (s) => label(s, 'item_results_field_views'),
		values: ['1200', '3400'],
		button: (s) => save(s, 'item_results_save'),
		saved: (s) => s.page.getByRole('status').filter({ hasText: s.t('item_results_saved') }),
		conflict: (s) => alert(s, 'item_results_conflict'),
		keeps: 'mine',
		theirs: (s) => s.page.getByTestId('results-conflict'),
		stored: () => scalar('SELECT views FROM content_items WHERE id = ?', id('published')),
		storedAs: Number
	},
	{
		name: 'series save (the whole series)',
		path: () => `${brandPath()}/calendar/items/${id('occurrence1')}`,
		field: (s) => label(s, 'item_field_title'),
		values: ['Collide series v2', 'Collide series v3'],
		prepare: async (s) => {
			const scope = s.page.getByRole('group', { name: s.t('series_scope_legend') });
			await scope.getByLabel(s.t('series_scope_series')).check();
		},
		button: (s) => save(s),
		saved: (s) =>
			s.page.getByRole('status').filter({ hasText: s.t('series_saved_series', { count: 1 }) }),
		conflict: (s) => alert(s, 'series_conflict'),
		keeps: 'mine',
		theirs: (s) => s.page.getByTestId('item-conflict'),
		stored: async () =>
			(
				await client.execute({
					sql: 'SELECT title FROM content_items WHERE series_id = ? ORDER BY scheduled_date',
					args: [id('series')]
				})
			).rows
				.map((r) => r.title)
				.join(' | '),
		storedAs: (title) => `${title} | ${title}`
	},
	{
		name: 'campaign',
		path: () => `${brandPath()}/calendar/campaigns/${id('campaign')}`,
		bLocale: 'zh-CN',
		field: (s) => label(s, 'campaign_field_goal'),
		values: ['Grow the list by 1000', '增加 500 个订阅'],
		button: (s) => save(s),
		saved: SAVED,
		conflict: (s) => alert(s, 'campaign_conflict'),
		keeps: 'mine',
		stored: () => scalar('SELECT goal FROM campaigns WHERE id = ?', id('campaign'))
	},
	{
		name: 'collaboration terms',
		path: collabPath,
		bLocale: 'zh-CN',
		field: (s) => label(s, 'outreach_field_brief'),
		values: ['A morning stretch routine', '晚间放松练习'],
		button: (s) => save(s, 'outreach_terms_save'),
		saved: SAVED,
		conflict: (s) => text(s, 'outreach_terms_conflict'),
		keeps: 'mine',
		stored: () => scalar('SELECT brief FROM collaborations WHERE id = ?', id('collab'))
	},
	{
		name: 'collaboration follow-up',
		path: collabPath,
		field: (s) => label(s, 'outreach_field_next_step'),
		values: ['Call about the contract', 'Ask about the due date'],
		button: (s) => save(s, 'outreach_follow_up_save'),
		saved: SAVED,
		conflict: (s) => text(s, 'outreach_follow_up_conflict'),
		keeps: 'mine',
		stored: () => scalar('SELECT next_step FROM collaborations WHERE id = ?', id('collab'))
	},
	{
		name: 'collaboration campaign and owner',
		path: collabPath,
		field: (s) =>
			s.page
				.getByRole('region', { name: s.t('outreach_assign_title') })
				.getByLabel(s.t('outreach_field_owner'), { exact: true }),
		select: true,
		values: [names.owner, names.editor],
		button: (s) => save(s, 'outreach_assign_save'),
		saved: SAVED,
		conflict: (s) => text(s, 'outreach_assign_conflict'),
		keeps: 'mine',
		stored: () => scalar('SELECT owner_id FROM collaborations WHERE id = ?', id('collab')),
		storedAs: (name) => (name === names.owner ? userIds.owner : userIds.editor)
	},
	{
		name: 'deliverable terms',
		path: () => `${collabPath()}/deliverables/${id('deliverable')}`,
		field: (s) => label(s, 'collab_field_caption'),
		values: ['Day 3 of my bump yoga challenge #ad', 'Day 4: the mat at night #ad'],
		button: (s) => save(s),
		saved: SAVED,
		conflict: (s) => text(s, 'collab_deliverable_conflict'),
		keeps: 'mine',
		stored: () => scalar('SELECT caption FROM deliverables WHERE id = ?', id('deliverable'))
	},
	{
		name: 'deliverable results',
		path: () => `${collabPath()}/deliverables/${id('deliverable')}`,
		bLocale: 'zh-CN',
		field: (s) => label(s, 'collab_field_views'),
		values: ['12300', '15000'],
		button: (s) => save(s, 'collab_results_save'),
		saved: (s) => s.page.getByRole('status').filter({ hasText: s.t('collab_results_saved') }),
		conflict: (s) => text(s, 'collab_results_conflict'),
		keeps: 'mine',
		stored: () => scalar('SELECT views FROM deliverables WHERE id = ?', id('deliverable')),
		storedAs: Number
	},
	{
		name: 'sample',
		path: () => `${collabPath()}/samples/${id('sample')}`,
		field: (s) => label(s, 'collab_field_sku'),
		values: ['MAT-SAGE-1', 'MAT-CLAY-2'],
		button: (s) => save(s),
		saved: SAVED,
		conflict: (s) => text(s, 'collab_sample_conflict'),
		keeps: 'mine',
		stored: () => scalar('SELECT sku FROM samples WHERE id = ?', id('sample'))
	},
	{
		name: 'creator details',
		path: () => `${ws()}/creators/${id('creator')}`,
		bLocale: 'zh-CN',
		field: (s) => label(s, 'creator_field_niche'),
		values: ['prenatal yoga', '孕期瑜伽'],
		button: (s) => save(s),
		saved: SAVED,
		conflict: (s) => text(s, 'creator_conflict'),
		keeps: 'mine',
		stored: () => scalar('SELECT niche FROM creators WHERE id = ?', id('creator'))
	},
	{
		name: 'creator profile',
		path: () => `${ws()}/creators/${id('creator')}`,
		field: (s) => profileRow(s).getByLabel(s.t('creator_field_followers'), { exact: true }),
		values: ['1200', '3400'],
		button: (s) => profileRow(s).getByRole('button', { name: new RegExp(`^${s.t('save')} `) }),
		saved: (s) =>
			profileRow(s)
				.getByRole('status')
				.filter({ hasText: s.t('saved') }),
		conflict: (s, a) => text(s, 'creator_profile_conflict', { now: `collide · ${a}` }),
		keeps: 'mine',
		stored: () => scalar('SELECT followers FROM creator_profiles WHERE id = ?', id('profile')),
		storedAs: Number
	},
	{
		name: 'goal',
		path: () => `${dashPath()}/goals/${id('goal')}`,
		bLocale: 'zh-CN',
		field: (s) => label(s, 'goal_field_target'),
		values: ['3000', '1800'],
		button: (s) => save(s, 'goal_save'),
		saved: SAVED,
		conflict: (s) => alert(s, 'goal_conflict'),
		keeps: 'mine',
		stored: () => scalar('SELECT target FROM goals WHERE id = ?', id('goal')),
		storedAs: Number
	},
	{
		name: 'chart note',
		path: () => `${dashPath()}/notes/${id('note')}`,
		bLocale: 'zh-CN',
		field: (s) => label(s, 'dash_note_text'),
		values: ['Welcome flow went live', '欢迎邮件上线'],
		button: (s) => save(s, 'dash_note_save'),
		saved: SAVED,
		conflict: (s) => text(s, 'dash_note_conflict'),
		keeps: 'mine',
		stored: () => scalar('SELECT text FROM annotations WHERE id = ?', id('note'))
	},
	{
		name: 'metric rename',
		path: () => `${dashPath()}/metrics`,
		field: (s) => metricForm(s).getByRole('textbox'),
		values: ['Newsletter list', 'Main list'],
		button: (s) => metricForm(s).getByRole('button', { name: new RegExp(`^${s.t('save')} `) }),
		saved: (s) => text(s, 'entry_renamed'),
		conflict: (s, a) => text(s, 'entry_rename_conflict', { current: a }),
		keeps: 'mine',
		stored: () => scalar('SELECT label FROM metrics WHERE id = ?', id('metric'))
	},
	{
		name: 'member access',
		path: () => `${ws()}/members/${userIds.client}`,
		who: { a: 'owner', b: 'coOwner' },
		field: (s) => label(s, 'access_role_all'),
		select: true,
		values: ['Editor', 'Approver'],
		button: (s) => save(s),
		saved: SAVED,
		conflict: (s) => alert(s, 'error_conflict'),
		keeps: 'mine',
		stored: () =>
			scalar(
				'SELECT role FROM memberships WHERE workspace_id = ? AND user_id = ?',
				owner.workspaceId,
				userIds.client
			),
		storedAs: (name) => name.toLowerCase()
	}
];

async function setValue(c: FormCase, s: Side, value: string) {
	if (c.select) await c.field(s).selectOption({ label: value });
	else await c.field(s).fill(value);
}

/**
 * The collision itself: A saves, B's save on the version B loaded is refused, B saves again.
 * `axe`: B's refused page, panel and all, is checked for accessibility too.
 */
async function collide(
	c: FormCase,
	a: Side,
	b: Side,
	[aValue, bValue]: [string, string],
	axe = false
) {
	const storedAs = c.storedAs ?? ((v: string) => v);
	// What the field shows for a value: the typed text, or a select's option value.
	const shown = (v: string) => String(c.select ? storedAs(v) : v);

	// 1–2. Both hold version N; A saves first.
	await setValue(c, a, aValue);
	await c.prepare?.(a);
	await c.button(a).click();
	await expect(c.saved(a)).toBeVisible();
	expect(await c.stored()).toEqual(storedAs(aValue));

	// 3. B saves the same field on version N: told, in B's language; nothing overwritten.
	await setValue(c, b, bValue);
	await c.prepare?.(b);
	await c.button(b).click();
	await expect(c.conflict(b, aValue)).toBeVisible();
	await expect(c.field(b)).toHaveValue(shown(c.keeps === 'mine' ? bValue : aValue));
	if (c.theirs) await expect(c.theirs(b)).toContainText(aValue);
	if (c.theirs && axe) await expectNoAxeViolations(b.page);
	expect(await c.stored()).toEqual(storedAs(aValue));
	await a.page.reload();
	await expect(c.field(a)).toHaveValue(shown(aValue));

	// 4. B saves again, now on the version just shown, and wins.
	if (c.keeps === 'theirs') await setValue(c, b, bValue);
	await c.prepare?.(b);
	await c.button(b).click();
	await expect(c.saved(b)).toBeVisible();
	if (c.theirs) await expect(c.theirs(b)).toHaveCount(0);
	await expect.poll(c.stored).toEqual(storedAs(bValue));
}

const whoFor = (c: FormCase) => c.who ?? { a: 'owner', b: c.bLocale === 'zh-CN' ? 'zh' : 'editor' };

for (const c of CASES) {
	test(`${c.name}: a save on a stale version is refused and loses nothing`, async () => {
		const { a, b } = await openBoth(c.path(), whoFor(c), c.bLocale ?? 'en');
		await collide(c, a, b, c.values, true);
	});
}

test('without JavaScript the forms with a conflict panel keep the typing too', async ({
	browser,
	baseURL
}) => {
	test.setTimeout(180_000);
	const users: Record<Who, ApiUser> = {
		owner,
		editor,
		coOwner,
		coOwnerAgain: coOwner,
		zh: zhEditor
	};
	// New values (the rows above have saved theirs): a number one more, a text marked.
	const next = (v: string) => (/^\d+$/.test(v) ? String(Number(v) + 1) : `${v} · no JS`);
	for (const c of CASES.filter((row) => row.theirs)) {
		await test.step(c.name, async () => {
			const who = whoFor(c);
			// B's plain form posts answer whole pages: the 409 page is rendered on the server.
			const context = await browser.newContext({
				baseURL,
				javaScriptEnabled: false,
				storageState: await users[who.b].api.storageState()
			});
			const a: Side = { page: browsers[who.a]!.page, t: translate('en') };
			const b: Side = { page: await context.newPage(), t: translate(c.bLocale ?? 'en') };
			await Promise.all([a.page.goto(c.path()), b.page.goto(c.path())]);
			await collide(c, a, b, [next(c.values[0]), next(c.values[1])]);
			await context.close();
		});
	}
});

test('calendar move: a move of an item moved meanwhile is refused; it stays where A put it', async () => {
	const { a, b } = await openBoth(
		`${brandPath()}/calendar?week=${WEEK}`,
		{ a: 'owner', b: 'editor' },
		'en'
	);
	const cell = (s: Side, date: string) =>
		s.page.locator(`td[data-cell="${date}|${id('channel')}"]`);
	const move = async (s: Side, date: string) => {
		const name = s.t('cal_move_item', { title: 'Collide move' });
		await s.page.getByRole('button', { name, exact: true }).click();
		const dialog = s.page.getByRole('dialog', { name });
		await dialog.getByLabel(s.t('cal_field_date'), { exact: true }).fill(date);
		await dialog.getByRole('button', { name: s.t('cal_move_submit') }).click();
	};
	const storedDate = () =>
		scalar('SELECT scheduled_date FROM content_items WHERE id = ?', id('moved'));

	await move(a, '2026-03-05');
	await expect(cell(a, '2026-03-05')).toContainText('Collide move');
	await expect.poll(storedDate).toBe('2026-03-05');

	await move(b, '2026-03-06');
	await expect(alert(b, 'cal_move_conflict')).toBeVisible();
	await expect(cell(b, '2026-03-05')).toContainText('Collide move');
	await expect(cell(b, '2026-03-06')).not.toContainText('Collide move');
	expect(await storedDate()).toBe('2026-03-05');

	// Tried again on the refreshed calendar, the move goes through.
	await move(b, '2026-03-06');
	await expect(cell(b, '2026-03-06')).toContainText('Collide move');
	await expect.poll(storedDate).toBe('2026-03-06');
});

test('board move: a move of a card moved meanwhile is refused; it stays where A put it', async () => {
	const { a, b } = await openBoth(`${brandPath()}/outreach`, { a: 'owner', b: 'zh' }, 'zh-CN');
	const collabId = id('board');
	const column = (s: Side, stage: string) => s.page.locator(`section[data-stage="${stage}"]`);
	const card = (s: Side) => s.page.locator(`li[data-collaboration-id="${collabId}"]`);
	const move = async (s: Side, stage: string) => {
		const select = card(s).getByLabel(s.t('outreach_move_to_label', { name: 'Collide Mover' }));
		// The keyboard path's Move control; a card redrawn in another column starts closed.
		if (!(await select.isVisible())) await s.page.locator(`#move-${collabId}`).click();
		await select.selectOption(stage);
		await card(s)
			.getByRole('button', { name: s.t('outreach_move_submit'), exact: true })
			.click();
	};
	const storedStage = () => scalar('SELECT stage FROM collaborations WHERE id = ?', collabId);
	await expect(column(b, 'prospect')).toContainText('Collide Mover');

	await move(a, 'contacted');
	await expect(column(a, 'contacted')).toContainText('Collide Mover');
	await expect.poll(storedStage).toBe('contacted');

	await move(b, 'negotiating');
	await expect(b.page.getByTestId('move-refused')).toContainText(
		b.t('outreach_move_conflict', { name: 'Collide Mover' })
	);
	await expect(column(b, 'contacted')).toContainText('Collide Mover');
	await expect(column(b, 'negotiating')).not.toContainText('Collide Mover');
	expect(await storedStage()).toBe('contacted');

	// Tried again on the refreshed board, the move goes through.
	await move(b, 'negotiating');
	await expect(column(b, 'negotiating')).toContainText('Collide Mover');
	await expect.poll(storedStage).toBe('negotiating');
});

test('bulk move in the table: a row changed meanwhile is refused and named; it stays as A left it', async () => {
	const { a, b } = await openBoth(
		`${brandPath()}/outreach?view=table`,
		{ a: 'owner', b: 'zh' },
		'zh-CN'
	);
	const storedStage = () => scalar('SELECT stage FROM collaborations WHERE id = ?', id('bulk'));
	const bulkMove = async (s: Side, stage: string) => {
		const row = s.page.getByLabel(s.t('outreach_select_row', { name: 'Collide Bulk' }));
		await row.check();
		await s.page.getByLabel(s.t('outreach_bulk_stage'), { exact: true }).selectOption(stage);
		await s.page.getByRole('button', { name: s.t('outreach_bulk_stage_submit') }).click();
	};
	const done = (s: Side) =>
		s.page.getByRole('status').filter({ hasText: s.t('outreach_bulk_done', { count: 1 }) });

	await bulkMove(a, 'contacted');
	await expect(done(a)).toBeVisible();
	await expect.poll(storedStage).toBe('contacted');

	await bulkMove(b, 'negotiating');
	await expect(b.page.getByTestId('bulk-refused')).toHaveText(
		`Collide Bulk: ${b.t('outreach_bulk_why_conflict')}`
	);
	expect(await storedStage()).toBe('contacted');
	const bRow = b.page.locator('tbody tr').filter({ hasText: 'Collide Bulk' });
	await expect(bRow).toContainText(b.t('outreach_stage_contacted'));

	// Tried again on the refreshed table, the change goes through.
	await bulkMove(b, 'negotiating');
	await expect(done(b)).toBeVisible();
	await expect.poll(storedStage).toBe('negotiating');
});

// Comment threads (items and collaborations alike): a resolve or reopen carries the thread as the
// page showed it. B's click on a thread that changed meanwhile is refused in B's language, the
// page shows the thread as it is now, and B's next click counts.
for (const [kind, part, path, bLocale] of [
	['item', 'item', () => `${brandPath()}/calendar/items/${id('item')}`, 'en'],
	['collaboration', 'collab', collabPath, 'zh-CN']
] as const) {
	const table = kind === 'item' ? 'item_threads' : 'collaboration_threads';
	const column = kind === 'item' ? 'item_id' : 'collaboration_id';
	const resolvedBy = () =>
		scalar(
			`SELECT u.name FROM ${table} t LEFT JOIN users u ON u.id = t.resolved_by WHERE t.${column} = ?`,
			id(part)
		);
	const button = (s: Side, key: string) =>
		s.page.getByRole('button', { name: s.t(key), exact: true });

	test(`${kind} thread: a resolve after a comment B has not seen, or a second reopen, is refused`, async () => {
		const who = { a: 'owner', b: bLocale === 'zh-CN' ? 'zh' : 'editor' } as const;
		const { a, b } = await openBoth(path(), who, bLocale);
		// A adds a comment B's page does not show yet; B's resolve is refused and the thread stays open.
		await a.page.getByLabel(a.t('item_comment_field'), { exact: true }).fill('One more: the link');
		await button(a, 'item_comment_submit').click();
		await expect(a.page.getByRole('list', { name: a.t('item_comments') })).toContainText(
			'One more: the link'
		);
		await button(b, 'thread_resolve').click();
		await expect(alert(b, 'thread_conflict')).toBeVisible();
		await expect(b.page.getByRole('list', { name: b.t('item_comments') })).toContainText(
			'One more: the link'
		);
		expect(await resolvedBy()).toBeNull();
		await expectNoAxeViolations(b.page);
		// Now B has seen it: B's resolve counts.
		await button(b, 'thread_resolve').click();
		await expect(
			b.page.getByRole('status').filter({ hasText: b.t('thread_resolved_done') })
		).toBeVisible();
		await expect.poll(resolvedBy).toBe(who.b === 'zh' ? names.zhEditor : names.editor);

		// Both see it resolved; A reopens first; B's reopen is refused, then B resolves again.
		await a.page.reload();
		await button(a, 'thread_reopen').click();
		await expect(
			a.page.getByRole('status').filter({ hasText: a.t('thread_reopened') })
		).toBeVisible();
		await button(b, 'thread_reopen').click();
		await expect(alert(b, 'thread_conflict')).toBeVisible();
		expect(await resolvedBy()).toBeNull();
		await expect(button(b, 'thread_resolve')).toBeVisible();
		await button(b, 'thread_resolve').click();
		await expect.poll(resolvedBy).not.toBeNull();
	});
}
