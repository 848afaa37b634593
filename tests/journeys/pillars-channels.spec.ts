import { test as roles } from '../support/roles';
import {
	createBrand,
	expect,
	expectNoAxeViolations,
	signIn,
	waitForHydration
} from '../support/support';

// One brand, arranged through code; the journeys build on each other in order. Each journey
// visits several pages with an axe scan on each, hence the longer time limit.
const test = roles.extend<{ brandId: string; base: () => string }>({
	brandId: async ({ once, owner }, use) => {
		await use(
			await once('brandId', () =>
				createBrand(owner, { name: 'Big Chewers', marketTimeZone: 'America/New_York' })
			)
		);
	},
	/** The brand's pages. */
	base: async ({ owner, brandId }, use) => use(() => `/w/${owner.workspaceId}/brands/${brandId}`)
});
test.use({ names: { owner: 'Studio Owner', viewer: 'Client Viewer' } });
test.describe.configure({ mode: 'serial', timeout: 90_000 });

const PILLARS = [
	{ name: 'How-to', share: '40' },
	{ name: 'Behind the scenes 🐶', share: '20' },
	{ name: '买家故事', share: '25' },
	{ name: 'قصص العملاء', share: '15' }
];

test('pillars: add four until the shares make 100; a bad share saves nothing', async ({
	page,
	owner,
	base
}) => {
	await signIn(page, owner.email);
	await page.goto(`${base()}/pillars`);
	const total = page.getByTestId('share-total');
	await expect(total).toHaveText(
		'Add pillars and give each a share; together they should make 100 %.'
	);
	await expectNoAxeViolations(page);

	const add = page.getByRole('region', { name: 'Add a pillar' });
	const pillars = page.getByRole('list', { name: 'Pillars' });

	// Out of range: a field-level message, and nothing is saved (in the browser or on the server).
	await add.getByLabel('Name').fill('Too big');
	await add.getByLabel('Target share (%)').fill('120');
	await add.getByRole('button', { name: 'Add pillar' }).click();
	await expect(add.getByText('Enter a number from 0 to 100.')).toBeVisible();
	await expect(add.getByLabel('Target share (%)')).toHaveAttribute('aria-invalid', 'true');
	await expectNoAxeViolations(page);
	const posted = await owner.api.post(`${base()}/pillars?/add`, {
		form: { name: 'Too big', description: '', colour: '#123456', targetShare: '120' }
	});
	expect(posted.status()).toBe(400);
	await page.reload();
	await expect(pillars).toHaveCount(0);

	for (const [i, pillar] of PILLARS.entries()) {
		await add.getByLabel('Name').fill(pillar.name);
		await add.getByLabel('Target share (%)').fill(pillar.share);
		if (i === 0) await add.getByLabel('Description').fill('Setting up the chew 🦴\nStep by step');
		await add.getByRole('button', { name: 'Add pillar' }).click();
		await expect(add.getByRole('status')).toHaveText('Pillar added.');
		await expect(pillars.getByRole('listitem')).toHaveCount(i + 1);
		if (i === 2) await expect(total).toHaveText('Shares add up to 85 % — 15 points unassigned');
	}
	await expect(total).toHaveText('Shares add up to 100 %.');
	await expect(add.getByLabel('Name')).toHaveValue('');
	await expectNoAxeViolations(page);

	// Text comes back exactly as typed, emoji, Chinese and Arabic alike.
	await page.reload();
	for (const pillar of PILLARS) {
		await expect(page.getByLabel(`Name of pillar ${pillar.name}`)).toHaveValue(pillar.name);
	}
	await expect(page.getByLabel('Description of pillar How-to')).toHaveValue(
		'Setting up the chew 🦴\nStep by step'
	);

	// The total follows the typing before anything is saved…
	const howTo = page.getByLabel('Target share of pillar How-to (%)');
	await howTo.fill('50');
	await expect(total).toHaveText('Shares add up to 110 % — 10 points too many');
	// …and an edit is saved in place.
	await howTo.fill('45');
	await page.getByRole('button', { name: 'Save How-to' }).click();
	await expect(page.getByRole('listitem').filter({ hasText: 'Saved.' })).toHaveCount(1);
	await expect(total).toHaveText('Shares add up to 105 % — 5 points too many');
	await howTo.fill('40');
	await page.getByRole('button', { name: 'Save How-to' }).click();
	await expect(total).toHaveText('Shares add up to 100 %.');

	// Deleting asks first, then the share is free again.
	page.once('dialog', (dialog) => dialog.accept());
	await page.getByRole('button', { name: 'Delete قصص العملاء' }).click();
	await expect(pillars.getByRole('listitem')).toHaveCount(3);
	await expect(total).toHaveText('Shares add up to 85 % — 15 points unassigned');
	await expectNoAxeViolations(page);
});

const CHANNELS = [
	{ kind: 'Email newsletter', expect: 'Owned', handle: 'https://bigchewers.example/news' },
	{ kind: 'TikTok', expect: 'Rented', handle: '@bigchewers' },
	{ kind: 'Xiaohongshu (RED)', expect: 'Rented', handle: '大狗咬胶', zone: 'Asia/Shanghai' },
	{ kind: 'Independent storefront', expect: 'Owned', handle: 'https://bigchewers.example' },
	// A podcast is "other" (rented by default), but this brand owns the feed.
	{ kind: 'Other', expect: 'Rented', override: 'Owned', label: 'Podcast 🎙️', handle: '' }
];

test('channels: add five, owned and rented apart, ownership from the kind', async ({
	page,
	owner,
	base
}) => {
	await signIn(page, owner.email);
	await page.goto(`${base()}/channels`);
	await expect(page.getByText('No channels yet.')).toBeVisible();
	await expectNoAxeViolations(page);

	for (const [i, channel] of CHANNELS.entries()) {
		await page.getByRole('link', { name: 'Add channel' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Add a channel');
		// Time zone starts at the brand's market zone; no kind or ownership is picked for you.
		const zone = page.getByLabel('Time zone');
		await expect(zone).toHaveValue('America/New_York');
		await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
		if (i === 0) await expectNoAxeViolations(page);

		await page.getByRole('radio', { name: channel.kind, exact: true }).check();
		const ownership = page.getByRole('group', { name: 'Who owns the audience?' });
		await expect(
			ownership.getByRole('radio', { name: new RegExp(`^${channel.expect}`) })
		).toBeChecked();
		if (channel.override) {
			await ownership.getByRole('radio', { name: new RegExp(`^${channel.override}`) }).check();
		}
		if (channel.label) await page.getByLabel('Label (optional)').fill(channel.label);
		await page.getByLabel('Handle or URL').fill(channel.handle);
		await page.getByLabel('Posts per week (target)').fill(String(i + 1));
		if (i === 1) {
			// A zone that is not in the list is refused next to the field.
			await zone.fill('Mars/Olympus_Mons');
			await page.getByRole('button', { name: 'Add channel' }).click();
			await expect(
				page.getByText('Choose a time zone from the list, e.g. Asia/Shanghai.')
			).toBeVisible();
			await expectNoAxeViolations(page);
			await zone.fill('America/New_York');
		}
		if (channel.zone) await zone.fill(channel.zone);
		await page.getByRole('button', { name: 'Add channel' }).click();
		await expect(page).toHaveURL(new RegExp(`${base()}/channels$`));
	}

	const owned = page.getByRole('region', { name: /^Owned/ });
	const rented = page.getByRole('region', { name: /^Rented/ });
	await expect(owned.getByRole('listitem')).toHaveCount(3);
	await expect(rented.getByRole('listitem')).toHaveCount(2);
	for (const name of ['Email newsletter', 'Independent storefront', 'Other · Podcast 🎙️']) {
		await expect(owned.getByRole('heading', { name })).toBeVisible();
	}
	for (const name of ['TikTok', 'Xiaohongshu (RED)']) {
		await expect(rented.getByRole('heading', { name })).toBeVisible();
	}
	await expect(owned.getByText('You keep this audience if a platform bans you')).toBeVisible();
	await expect(rented.getByRole('listitem').filter({ hasText: 'Xiaohongshu' })).toContainText(
		'Asia/Shanghai'
	);
	await expect(page.getByRole('link', { name: 'https://bigchewers.example/news' })).toBeVisible();
	await expectNoAxeViolations(page);
});

test('a channel saved in another tab meanwhile is not overwritten', async ({
	page,
	context,
	owner,
	base
}) => {
	await signIn(page, owner.email);
	await page.goto(`${base()}/channels`);
	await page.getByRole('link', { name: 'Edit TikTok' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Edit channel');
	await expectNoAxeViolations(page);

	const second = await context.newPage();
	await second.goto(page.url());
	await second.getByLabel('Posts per week (target)').fill('7');
	await second.getByLabel('Label (optional)').fill('Main account');
	await second.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(second.getByRole('status')).toHaveText('Saved.');

	await page.getByLabel('Posts per week (target)').fill('3');
	const refused = page.waitForResponse((r) => r.request().method() === 'POST');
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	// An enhanced form gets the action's status inside the JSON answer.
	expect(await (await refused).json()).toMatchObject({ type: 'failure', status: 409 });
	await expect(page.getByRole('alert')).toHaveText(
		'Someone else saved this while you were editing, so yours was not saved yet. Your changes are still in the form and what they saved is shown above it: save again to replace theirs, or reload the page to keep it.'
	);
	// What was typed stays; what the other tab saved is shown beside it.
	await expect(page.getByLabel('Posts per week (target)')).toHaveValue('3');
	await expect(page.getByLabel('Label (optional)')).toHaveValue('');
	const theirs = page.getByTestId('channel-conflict');
	await expect(theirs).toContainText('7 per week');
	await expect(theirs).toContainText('Main account');
	await expectNoAxeViolations(page);

	// With the newer version in hand (and their label taken over), the change goes through.
	await page.getByLabel('Posts per week (target)').fill('4');
	await page.getByLabel('Label (optional)').fill('Main account');
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(page.getByRole('status')).toHaveText('Saved.');
	await expect(theirs).toHaveCount(0);
	await page.reload();
	await expect(page.getByLabel('Posts per week (target)')).toHaveValue('4');
	await expect(page.getByLabel('Label (optional)')).toHaveValue('Main account');
});

test('a viewer sees pillars and channels but has nothing to change them with', async ({
	page,
	viewer,
	owner,
	base
}) => {
	await signIn(page, viewer.email);

	await page.goto(`${base()}/pillars`);
	await expect(page.getByRole('heading', { name: 'How-to' })).toBeVisible();
	await expect(page.getByRole('heading', { name: '买家故事' })).toBeVisible();
	await expect(page.getByTestId('share-total')).toHaveText(
		'Shares add up to 85 % — 15 points unassigned'
	);
	await expect(page.getByRole('main').getByRole('button')).toHaveCount(0);
	await expect(page.getByRole('main').getByRole('textbox')).toHaveCount(0);
	await expectNoAxeViolations(page);

	await page.goto(`${base()}/channels`);
	await expect(page.getByRole('region', { name: /^Owned/ }).getByRole('listitem')).toHaveCount(3);
	await expect(page.getByRole('link', { name: 'Add channel' })).toHaveCount(0);
	await expect(page.getByRole('link', { name: /^Edit/ })).toHaveCount(0);
	await expectNoAxeViolations(page);

	const channelId = await owner.api
		.get(`${base()}/channels`)
		.then((r) => r.text())
		.then((html) => html.match(/\/channels\/([a-z0-9]{8,})"/)?.[1]);
	expect(channelId).toBeTruthy();
	await page.goto(`${base()}/channels/${channelId}`);
	await expect(page.getByRole('main').getByRole('button')).toHaveCount(0);
	await expect(page.getByRole('main').getByRole('textbox')).toHaveCount(0);
	await expectNoAxeViolations(page);

	// The creation form is for editors only.
	const addPage = await viewer.api.get(`${base()}/channels/new`, { maxRedirects: 0 });
	expect(addPage.status()).toBe(403);

	// And the server refuses the writes themselves.
	const write = await viewer.api.post(`${base()}/pillars?/add`, {
		form: { name: 'Sneaky', description: '', colour: '#123456', targetShare: '10' },
		maxRedirects: 0
	});
	expect(write.status()).toBe(403);
});

test('plain form posts: ownership follows the kind, a kind must be picked; delete asks first', async ({
	page,
	owner,
	base
}) => {
	const fields = { label: 'Plain', handle: '', weeklyCadence: '1', timeZone: 'UTC' };
	// No kind picked (no radio sent): refused, not silently the first kind of the catalogue.
	const noKind = await owner.api.post(`${base()}/channels/new`, { form: fields, maxRedirects: 0 });
	expect(noKind.status()).toBe(400);
	// No ownership picked, as without JavaScript: the kind's usual one (SMS → owned).
	const sms = await owner.api.post(`${base()}/channels/new`, {
		form: { ...fields, kind: 'sms' },
		maxRedirects: 0
	});
	expect(sms.status()).toBe(303);

	await signIn(page, owner.email);
	await page.goto(`${base()}/channels`);
	const owned = page.getByRole('region', { name: /^Owned/ });
	await expect(owned.getByRole('heading', { name: 'SMS · Plain' })).toBeVisible();
	await owned.getByRole('link', { name: 'Edit SMS Plain' }).click();
	await expectNoAxeViolations(page);

	await waitForHydration(page);
	page.once('dialog', (dialog) => dialog.dismiss());
	await page.getByRole('button', { name: 'Delete SMS · Plain' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Edit channel');
	page.once('dialog', (dialog) => dialog.accept());
	await page.getByRole('button', { name: 'Delete SMS · Plain' }).click();
	await expect(page).toHaveURL(new RegExp(`${base()}/channels$`));
	await expect(owned.getByRole('heading', { name: 'SMS · Plain' })).toHaveCount(0);
	await expect(owned.getByRole('listitem')).toHaveCount(3);
});
