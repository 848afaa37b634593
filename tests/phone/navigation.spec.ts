import { test as roles } from '../support/roles';
import { createBrand, expect, expectNoAxeViolations } from '../support/support';

const test = roles.extend<{ brandId: string }>({
	brandId: ({ once, owner }, use) =>
		once('brandId', () => createBrand(owner, { name: 'Bump & Bloom' })).then(use)
});

test.use({ names: { owner: 'Lin Wei' } });

test('a phone has one menu instead of rows of tabs, in English and Chinese', async ({
	page,
	owner,
	brandId
}) => {
	await page.context().addCookies((await owner.api.storageState()).cookies);
	const brand = `/w/${owner.workspaceId}/brands/${brandId}`;
	await page.goto(`${brand}/dashboard`);

	// No row of workspace links and no brand tabs: one button opens everything.
	await expect(page.getByRole('navigation', { name: 'Workspace' })).toBeHidden();
	await expect(page.getByRole('navigation', { name: 'Brand', exact: true })).toBeHidden();
	await expect(page.getByLabel(/Switch workspace/)).toBeHidden();
	await page.locator('summary', { hasText: 'Menu' }).tap();
	const sections = page.getByRole('navigation', { name: 'Bump & Bloom' });
	await expect(sections.getByRole('link', { name: 'Dashboard' })).toHaveAttribute(
		'aria-current',
		'page'
	);
	await expect(page.getByRole('navigation', { name: 'Workspace' })).toBeVisible();
	await expectNoAxeViolations(page);
	// Every target in the menu takes a finger: 44 px high at least.
	const targets = page.locator('details[open] :is(summary, a, button)');
	expect(await targets.count()).toBeGreaterThan(10);
	for (const target of await targets.all()) {
		const box = await target.boundingBox();
		expect(box!.height, await target.innerText()).toBeGreaterThanOrEqual(44);
	}
	await sections.getByRole('link', { name: 'Personas' }).tap();
	await expect(page).toHaveURL(`${brand}/personas`);
	// The menu closed itself after the navigation.
	await expect(sections).toBeHidden();

	// The same menu in Chinese, with the language switch inside it.
	await page.locator('summary', { hasText: 'Menu' }).tap();
	await page.getByRole('button', { name: '中文' }).tap();
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	await page.locator('summary', { hasText: '菜单' }).tap();
	await expect(
		page.getByRole('navigation', { name: 'Bump & Bloom' }).getByRole('link', { name: '用户画像' })
	).toHaveAttribute('aria-current', 'page');
	await expectNoAxeViolations(page);
});
