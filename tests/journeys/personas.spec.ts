import { type Page } from '@playwright/test';
import {
	ApiUser,
	createBrand,
	expect,
	expectNoAxeViolations,
	PASSWORD,
	test,
	waitForHydration
} from '../support/support';

async function signIn(page: Page, user: ApiUser) {
	await page.goto('/signin');
	await page.getByLabel('Email').fill(user.email);
	await page.getByLabel('Password').fill(PASSWORD);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await page.waitForURL(/\/w\/[a-z0-9]+$/);
}

/** A persona created over HTTP exactly as the form posts it; returns its id. */
async function createPersona(user: ApiUser, brandId: string, fields: Record<string, string>) {
	const response = await user.api.post(`/w/${user.workspaceId}/brands/${brandId}/personas/new`, {
		form: fields,
		maxRedirects: 0
	});
	expect(response.status(), await response.text()).toBe(303);
	return response.headers()['location']!.match(/#persona-([a-z0-9]+)$/)![1];
}

const card = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

/** The points of a card's first list, exactly as rendered (no whitespace normalising). */
const firstListPoints = (region: ReturnType<typeof card>) =>
	region
		.getByRole('list')
		.first()
		.getByRole('listitem')
		.evaluateAll((items) => items.map((item) => item.textContent));

const LILY_PAINS = ['孕期腰酸，晚上  睡不好 😴', 'لا أثق في الإعلانات', '缩进的一条 👩🏽‍🍼'];

// Written the way a Chinese-speaking seller would, with an Arabic phrase from a Gulf customer.
const LILY = {
	name: '小红书宝妈 Lily 🌸',
	summary: '二胎妈妈，晚上十点后刷手机  下单 🛒',
	pains: '孕期腰酸，晚上  睡不好 😴\n\nلا أثق في الإعلانات\n  缩进的一条 👩🏽‍🍼',
	note: 'مرحبا بكم — 欢迎！\n第二行'
};

test('an editor writes personas, sees what is missing, resolves a conflict and deletes one', async ({
	page,
	baseURL
}) => {
	test.setTimeout(120_000);
	const owner = await ApiUser.signUp(baseURL!, 'Persona Owner');
	const brandId = await createBrand(owner, { name: 'Calm Mama' });
	const list = `/w/${owner.workspaceId}/brands/${brandId}/personas`;
	await signIn(page, owner);

	await page.goto(list);
	await expect(page.getByRole('heading', { level: 1, name: 'Personas' })).toBeVisible();
	await expect(page.getByText('No personas yet.')).toBeVisible();
	await expectNoAxeViolations(page);

	// First persona: the form checks input before anything is stored.
	await page.getByRole('link', { name: 'Add persona' }).click();
	await expect(page).toHaveURL(`${list}/new`);
	await expectNoAxeViolations(page);
	await page.getByLabel('Youngest').fill('40');
	await page.getByLabel('Oldest').fill('30');
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByText('This field is required.')).toBeVisible();
	await expect(page.getByText('The oldest age cannot be below the youngest.')).toBeVisible();
	await expect(page.getByLabel('Oldest')).toHaveAttribute('aria-invalid', 'true');
	await expectNoAxeViolations(page);

	await page.getByLabel('Persona name').fill('Busy new mum Emma');
	await page.getByLabel('Summary in one line').fill('Expecting her first child');
	await page.getByLabel('Youngest').fill('25');
	await page.getByLabel('Oldest').fill('34');
	await page.getByLabel('Life stage').fill('First pregnancy');
	await page.getByLabel('Pains', { exact: true }).fill('Back pain at night\nNo time to research');
	await page.getByLabel('Goals', { exact: true }).fill('Stay active until birth');
	await page.getByRole('checkbox', { name: 'Instagram' }).check();
	await page.getByRole('checkbox', { name: 'Email newsletter' }).check();
	// The hint follows the form as it is filled in.
	await expect(page.getByTestId('persona-completeness')).toContainText(
		'Still missing: objections, buying triggers'
	);
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page).toHaveURL(new RegExp(`${list}#persona-[a-z0-9]+$`));

	const emma = card(page, 'Busy new mum Emma');
	await expect(emma).toContainText('Age 25–34');
	await expect(emma).toContainText('75% complete · Still missing: objections, buying triggers');
	await expect(emma.getByRole('heading', { name: 'Pains' })).toBeVisible();
	await expect(emma.getByRole('listitem')).toContainText([
		'Back pain at night',
		'No time to research',
		'Stay active until birth',
		'Instagram',
		'Email newsletter'
	]);
	await expectNoAxeViolations(page);

	// Second persona in Chinese, with emoji and right-to-left text: it must come back exactly.
	await page.getByRole('link', { name: 'Add persona' }).click();
	await page.getByLabel('Persona name').fill(LILY.name);
	await page.getByLabel('Summary in one line').fill(LILY.summary);
	await page.getByLabel('Pains', { exact: true }).fill(LILY.pains);
	await page.getByLabel('Note').fill(LILY.note);
	await page.getByRole('checkbox', { name: 'Xiaohongshu (RED)' }).check();
	await page.getByRole('button', { name: 'Save' }).click();
	const lily = card(page, LILY.name);
	await expect(lily).toBeVisible();
	expect(await firstListPoints(lily)).toEqual(LILY_PAINS);
	await expect(lily.getByRole('listitem').last()).toContainText('Xiaohongshu (RED)');
	await expect(lily.getByText(LILY.summary)).toBeVisible();
	await expectNoAxeViolations(page);

	await lily.getByRole('link', { name: `Edit ${LILY.name}` }).click();
	await expect(page.getByLabel('Persona name')).toHaveValue(LILY.name);
	await expect(page.getByLabel('Summary in one line')).toHaveValue(LILY.summary);
	await expect(page.getByLabel('Pains', { exact: true })).toHaveValue(LILY.pains);
	await expect(page.getByLabel('Note')).toHaveValue(LILY.note);
	await expect(page.getByRole('checkbox', { name: 'Xiaohongshu (RED)' })).toBeChecked();
	await expectNoAxeViolations(page);

	// Completing Emma changes her hint.
	await page.goto(list);
	await emma.getByRole('link', { name: 'Edit Busy new mum Emma' }).click();
	await page.getByLabel('Objections', { exact: true }).fill('Price feels high');
	await page.getByLabel('Buying triggers').fill('A midwife recommends it');
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByRole('status')).toHaveText('Saved.');
	await page.getByRole('link', { name: 'Back to personas' }).click();
	await expect(emma).toContainText('Complete: everything a writer needs is here.');

	// Two tabs on the same persona: the second save is refused, keeps what was typed and shows the
	// first one's values beside it.
	const editLily = `${list}/${(await lily.getAttribute('id'))!.replace('persona-', '')}`;
	const stale = await page.context().newPage();
	await stale.goto(editLily);
	await page.goto(editLily);
	await page.getByLabel('Life stage').fill('Second child on the way');
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByRole('status')).toHaveText('Saved.');

	await stale.getByLabel('Life stage').fill('Empty nester');
	await stale.getByRole('button', { name: 'Save' }).click();
	await expect(stale.getByRole('alert')).toHaveText(
		'Someone else saved this while you were editing, so yours was not saved yet. Your changes are still in the form and what they saved is shown above it: save again to replace theirs, or reload the page to keep it.'
	);
	await expect(stale.getByLabel('Life stage')).toHaveValue('Empty nester');
	await expect(stale.getByLabel('Pains', { exact: true })).toHaveValue(LILY.pains);
	const theirs = stale.getByTestId('persona-conflict');
	await expect(theirs).toContainText('Second child on the way');
	await expect(theirs).toContainText(LILY.name);
	await expectNoAxeViolations(stale);
	// Saved again, knowingly (now on the newer version), the change goes through.
	await stale.getByRole('button', { name: 'Save' }).click();
	await expect(stale.getByRole('status')).toHaveText('Saved.');
	await expect(theirs).toHaveCount(0);
	await stale.close();

	// Deleting asks first; saying no keeps the persona.
	await page.goto(list);
	await emma.getByRole('link', { name: 'Edit Busy new mum Emma' }).click();
	await waitForHydration(page);
	page.once('dialog', (dialog) => dialog.dismiss());
	await page.getByRole('button', { name: 'Delete Busy new mum Emma' }).click();
	await page.reload();
	await expect(page.getByLabel('Persona name')).toHaveValue('Busy new mum Emma');
	page.once('dialog', (dialog) => dialog.accept());
	await page.getByRole('button', { name: 'Delete Busy new mum Emma' }).click();
	await expect(page).toHaveURL(`${list}?deleted=1`);
	await expect(page.getByRole('status')).toHaveText('Deleted.');
	await expect(card(page, 'Busy new mum Emma')).toHaveCount(0);
	await expect(card(page, LILY.name)).toContainText('Empty nester');
	await expectNoAxeViolations(page);

	// Printed, the page keeps the personas and drops the buttons.
	await page.emulateMedia({ media: 'print' });
	await expect(card(page, LILY.name)).toBeVisible();
	await expect(page.getByRole('link', { name: 'Add persona' })).toBeHidden();
	await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
	await page.emulateMedia({ media: 'screen' });
	await page.evaluate(() => {
		window.print = () => document.body.setAttribute('data-printed', 'yes');
	});
	await page.getByRole('button', { name: 'Print' }).click();
	await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');
	await owner.dispose();
});

test('a viewer reads personas but has nothing to change them with', async ({ page, baseURL }) => {
	test.setTimeout(60_000);
	const owner = await ApiUser.signUp(baseURL!, 'Persona Owner');
	const brandId = await createBrand(owner);
	const otherBrandId = await createBrand(owner);
	const id = await createPersona(owner, brandId, { name: LILY.name, pains: LILY.pains });
	const elsewhere = await createPersona(owner, otherBrandId, { name: 'Other brand' });
	const viewer = await ApiUser.signUp(baseURL!, 'Persona Viewer');
	await viewer.accept(await owner.invite('viewer'));
	const list = `/w/${owner.workspaceId}/brands/${brandId}/personas`;

	// A persona is only reachable under its own brand.
	expect((await owner.api.get(`${list}/${elsewhere}`)).status()).toBe(404);
	expect((await owner.api.get(`${list}/doesnotexist`)).status()).toBe(404);

	await signIn(page, viewer);
	await page.goto(list);
	const lily = card(page, LILY.name);
	await expect(lily).toBeVisible();
	expect(await firstListPoints(lily)).toEqual(LILY_PAINS);
	await expect(page.getByRole('link', { name: 'Add persona' })).toHaveCount(0);
	await expect(page.getByRole('link', { name: /^Edit/ })).toHaveCount(0);
	await expectNoAxeViolations(page);

	await page.goto(`${list}/${id}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(LILY.name);
	await expect(page.getByRole('textbox')).toHaveCount(0);
	await expect(page.getByRole('button', { name: /Delete|Save/ })).toHaveCount(0);
	await expectNoAxeViolations(page);

	// The creation form itself is for editors.
	const blocked = await page.goto(`${list}/new`);
	expect(blocked?.status()).toBe(403);
	await expect(page.getByRole('textbox')).toHaveCount(0);
	await expectNoAxeViolations(page);

	// Hand-made posts are refused on the server and change nothing.
	const headers = { origin: baseURL! };
	const forged = [
		await page.request.post(`${list}/new`, { form: { name: 'Forged' }, headers }),
		await page.request.post(`${list}/${id}?/save`, {
			form: { name: 'Forged', version: '1' },
			headers
		}),
		await page.request.post(`${list}/${id}?/delete`, { form: {}, headers })
	];
	expect(forged.map((response) => response.status())).toEqual([403, 403, 403]);
	await page.goto(list);
	await expect(card(page, LILY.name)).toBeVisible();
	await expect(page.getByText('Forged')).toHaveCount(0);
	await owner.dispose();
	await viewer.dispose();
});
