import { test as roles } from '../support/roles';
import { createBrand, expect, expectNoAxeViolations, signIn } from '../support/support';

// A subscribe link reads the calendar as its maker: it stops when they leave the workspace.
const test = roles.extend<{ brandId: string }>({
	brandId: async ({ once, owner }, use) => {
		await use(await once('brandId', () => createBrand(owner, { name: 'Feed Brand' })));
	}
});
test.describe.configure({ mode: 'serial', timeout: 90_000 });
test.use({ names: { editor: 'Feed Maker' } });

test("a removed member's subscribe link answers 404, and the owner sees who made it", async ({
	browser,
	request,
	owner,
	editor: member,
	brandId
}) => {
	const subscribe = `/w/${owner.workspaceId}/brands/${brandId}/calendar/subscribe`;
	const memberPage = await (await browser.newContext()).newPage();
	await signIn(memberPage, member.email);
	await memberPage.goto(subscribe);
	await memberPage.getByRole('button', { name: 'Create subscribe link' }).click();
	const feedUrl = await memberPage.getByLabel('Feed address').inputValue();
	expect(feedUrl).toMatch(/\/feed\/[a-z0-9]+\.ics$/);
	const served = await request.get(feedUrl);
	expect(served.status()).toBe(200);
	expect(await served.text()).toContain('BEGIN:VCALENDAR');
	await memberPage.context().close();

	const ownerPage = await (await browser.newContext()).newPage();
	await signIn(ownerPage, owner.email);
	await ownerPage.goto(`/w/${owner.workspaceId}/members`);
	ownerPage.once('dialog', (dialog) => dialog.accept());
	await ownerPage.getByRole('button', { name: 'Remove Feed Maker' }).click();
	await expect(ownerPage.getByRole('cell', { name: member.email })).toHaveCount(0);

	const gone = await request.get(feedUrl);
	expect(gone.status()).toBe(404);
	expect(await gone.text()).not.toContain('BEGIN:VCALENDAR');

	await ownerPage.goto(subscribe);
	const link = ownerPage.getByRole('listitem').filter({ hasText: member.email });
	await expect(link).toContainText(`Made by Feed Maker (${member.email})`);
	await expect(link).toContainText('Stopped: its maker no longer has access to this brand.');
	await expectNoAxeViolations(ownerPage);
	await ownerPage.context().close();
});
