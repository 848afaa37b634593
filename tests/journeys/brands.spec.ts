import { type Page } from '@playwright/test';
import {
	ApiUser,
	createBrand,
	expect,
	expectNoAxeViolations,
	PASSWORD,
	signUpInBrowser,
	test,
	uniqueEmail
} from '../support/support';

async function signInAs(page: Page, user: ApiUser) {
	await page.goto('/signin');
	await page.getByLabel('Email').fill(user.email);
	await page.getByLabel('Password').fill(PASSWORD);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await page.waitForURL(/\/w\//);
}

test('create a brand, with field-level messages for bad input', async ({ page }) => {
	await signUpInBrowser(page, 'Grace Wong', uniqueEmail('grace'));
	await page.getByRole('link', { name: 'Brands', exact: true }).click();
	await expect(page.getByText('No brands yet.')).toBeVisible();
	await expectNoAxeViolations(page);
	await page.getByRole('link', { name: /New brand/ }).click();
	await expectNoAxeViolations(page);

	// Nothing is stored from an invalid submission.
	await page.getByLabel('United States').uncheck();
	await page.getByLabel('Website or storefront').fill('not a url');
	await page.getByRole('button', { name: 'Create brand' }).click();
	await expect(page.getByText('This field is required.')).toBeVisible();
	await expect(page.getByText('Choose at least one target market.')).toBeVisible();
	await expect(page.getByText('Enter a full web address starting with https://')).toBeVisible();
	await expect(page).toHaveURL(/\/brands\/new$/);

	await page.getByLabel('Brand name').fill('Calm Paws');
	await page.getByLabel('Niche').fill('Anxiety wraps for rescue greyhounds');
	await page.getByLabel('Website or storefront').fill('https://calmpaws.example');
	// Choosing the UK first suggests London time and pounds.
	await page.getByLabel('United Kingdom').check();
	await expect(page.getByLabel('Market time zone')).toHaveValue('Europe/London');
	await expect(page.getByLabel('Currency')).toHaveValue('GBP');
	await page.getByLabel('Germany').check();
	await page.getByLabel('Trademark', { exact: true }).selectOption('filed');
	await page.getByLabel('Trademark office').fill('UKIPO');
	await page.getByRole('button', { name: 'Create brand' }).click();

	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Calm Paws');
	await expect(page.getByText('Anxiety wraps for rescue greyhounds')).toBeVisible();
	await expect(page.getByText('United Kingdom')).toBeVisible();
	await expect(page.getByText('Germany')).toBeVisible();
	await expect(page.getByText('Next step: apply to Amazon Brand Registry')).toBeVisible();
	await expectNoAxeViolations(page);
});

test('a second tab saving an older version is refused, keeps its typing and shows the newer values', async ({
	browser,
	baseURL
}) => {
	const owner = await ApiUser.signUp(baseURL!, 'Kenji');
	const brandId = await createBrand(owner, { name: 'Tidy Tails' });
	const context = await browser.newContext({ baseURL });
	const first = await context.newPage();
	await signInAs(first, owner);
	const second = await context.newPage();
	const edit = `/w/${owner.workspaceId}/brands/${brandId}/edit`;
	await first.goto(edit);
	await second.goto(edit);
	await expectNoAxeViolations(first);

	await first.getByLabel('Tone of voice').fill('Cheerful and précis ✨');
	await first.getByRole('button', { name: 'Save' }).click();
	await expect(first.getByText('Saved.')).toBeVisible();

	await second.getByLabel('Tone of voice').fill('Dry and formal');
	await second.getByRole('button', { name: 'Save' }).click();
	await expect(second.getByRole('alert')).toContainText('Someone else saved this');
	await expect(second.getByLabel('Tone of voice')).toHaveValue('Dry and formal');
	await expect(second.getByTestId('brand-conflict')).toContainText('Cheerful and précis ✨');
	await expectNoAxeViolations(second);
	await second.reload();
	await expect(second.getByLabel('Tone of voice')).toHaveValue('Cheerful and précis ✨');
	await context.close();
	await owner.dispose();
});

test('archive hides a brand without losing it; restore brings it back; delete needs the name', async ({
	page,
	baseURL
}) => {
	const owner = await ApiUser.signUp(baseURL!, 'Priya');
	const brandId = await createBrand(owner, { name: 'Snug Bump' });
	await signInAs(page, owner);
	await page.goto(`/w/${owner.workspaceId}/brands/${brandId}/edit`);
	await page.getByRole('button', { name: 'Archive brand' }).click();
	await expect(page.getByText('Archived', { exact: true })).toBeVisible();

	await page.getByRole('link', { name: 'All brands' }).click();
	await expect(page.getByRole('link', { name: /Snug Bump/ })).toHaveCount(0);
	await page.getByRole('link', { name: 'Show archived brands' }).click();
	await page.getByRole('link', { name: /Snug Bump/ }).click();
	await page
		.getByRole('navigation', { name: 'Brand' })
		.getByRole('link', { name: 'Brand profile' })
		.click();
	await page.getByRole('button', { name: 'Restore brand' }).click();
	await expect(page.getByText('Archived', { exact: true })).toHaveCount(0);

	await page
		.getByRole('navigation', { name: 'Brand' })
		.getByRole('link', { name: 'Brand profile' })
		.click();
	const remove = page.getByRole('button', { name: 'Delete this brand for good' });
	await expect(remove).toBeDisabled();
	await page.getByLabel("Type the brand's name to confirm").fill('Snug Bump');
	await remove.click();
	await expect(page).toHaveURL(`/w/${owner.workspaceId}/brands`);
	await expect(page.getByText('No brands yet.')).toBeVisible();
	await owner.dispose();
});

test('a viewer reads the brand but cannot change it', async ({ page, baseURL }) => {
	const owner = await ApiUser.signUp(baseURL!, 'Olu');
	await createBrand(owner, {
		name: 'Dune Dog',
		niche: 'Cooling vests for huskies'
	});
	const viewer = await ApiUser.signUp(baseURL!, 'Reviewer');
	await viewer.accept(await owner.invite('viewer'));
	await signInAs(page, viewer);
	await page.goto(`/w/${owner.workspaceId}/brands`);
	await expect(page.getByRole('link', { name: /New brand/ })).toHaveCount(0);
	await page.getByRole('link', { name: /Dune Dog/ }).click();
	await expect(page.getByText('Cooling vests for huskies')).toBeVisible();
	await expect(page.getByText('You are a viewer here')).toBeVisible();
	await page
		.getByRole('navigation', { name: 'Brand' })
		.getByRole('link', { name: 'Brand profile' })
		.click();
	await expect(page.getByLabel('Brand name')).toBeDisabled();
	await expect(page.getByRole('button', { name: 'Save' })).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Archive brand' })).toHaveCount(0);
	await expectNoAxeViolations(page);
	await owner.dispose();
	await viewer.dispose();
});

test('the brand studio in Chinese: create and read a brand written in Chinese', async ({
	page
}) => {
	await signUpInBrowser(page, '王芳', uniqueEmail('wang'));
	await page.getByRole('button', { name: '中文' }).click();
	await page.getByRole('link', { name: '品牌', exact: true }).click();
	await page.getByRole('link', { name: /新建品牌/ }).click();
	await page.getByLabel('品牌名称').fill('');
	await page.getByRole('button', { name: '创建品牌' }).click();
	await expect(page.getByText('此项为必填项。')).toBeVisible();
	await page.getByLabel('品牌名称').fill('大嚼家 🐶');
	await page.getByLabel('细分市场').fill('大型犬专用耐咬磨牙玩具 — «مرحبا»');
	await page.getByLabel('德国').check();
	await page.getByRole('button', { name: '创建品牌' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('大嚼家 🐶');
	await expect(page.getByText('大型犬专用耐咬磨牙玩具 — «مرحبا»')).toBeVisible();
	await expect(page.getByText('下一步：在目标市场申请商标')).toBeVisible();
	await expectNoAxeViolations(page);
});
