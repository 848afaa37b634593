import { createCreator } from '../../src/lib/server/queries/creators';
import { createItem } from '../../src/lib/server/queries/items';
import { collaborationRow, creatorInput, itemInput } from '../../src/lib/server/testing/factories';
import { eq } from 'drizzle-orm';
import { collaborations, users } from '../../src/lib/server/db/schema';
import { test as roles } from '../support/roles';
import {
	ApiUser,
	createBrand,
	expect,
	expectNoAxeViolations,
	waitForHydration
} from '../support/support';

// An agency with two clients' brands; each journey builds on the arranged world.
type World = {
	bump: string;
	chew: string;
	itemId: string;
	/** A creator who works with Chew only. */
	chewCreatorId: string;
	chewCreatorName: string;
	/** A collaboration of Bump with a creator of its own. */
	bumpCollabId: string;
	chewCollabId: string;
};
const test = roles.extend<{ world: World }>({
	world: async ({ once, owner, db }, use) => {
		const world = once('world', async () => {
			const bump = await createBrand(owner, { name: 'Bump Client' });
			const chew = await createBrand(owner, { name: 'Chew Client' });
			const [maker] = await db.select().from(users).where(eq(users.email, owner.email));
			const itemId = await createItem(db, bump, itemInput({ title: 'Mat launch reel' }), maker.id);
			// A creator with one collaboration, with the given brand only.
			const dealWith = async (brandId: string, name: string) => {
				const creator = await createCreator(
					db,
					owner.workspaceId,
					creatorInput({ name }),
					[],
					null
				);
				if (!creator.ok) throw new Error('creator not created');
				const id = `c-${brandId}`.slice(0, 30);
				await db
					.insert(collaborations)
					.values(collaborationRow({ id, brandId, creatorId: creator.id }));
				return { creatorId: creator.id, id };
			};
			const chewCreatorName = 'Chew Only Creator';
			const chewDeal = await dealWith(chew, chewCreatorName);
			const bumpDeal = await dealWith(bump, 'Bump Yoga Creator');
			return {
				...{ bump, chew, itemId, chewCreatorId: chewDeal.creatorId, chewCreatorName },
				...{ bumpCollabId: bumpDeal.id, chewCollabId: chewDeal.id }
			};
		});
		await use(await world);
	}
});
test.use({ names: { owner: 'Agency Owner', editor: 'Eddie Editor' } });
test.describe.configure({ mode: 'serial', timeout: 120_000 });

async function browserOf(
	browser: import('@playwright/test').Browser,
	baseURL: string,
	user: ApiUser
) {
	const context = await browser.newContext({
		baseURL,
		storageState: await user.api.storageState()
	});
	return context.newPage();
}

/** On an item's or a collaboration's page: a comment mentioning the owner, resolved, reopened. */
async function discuss(page: import('@playwright/test').Page, body: string, author: string) {
	await page.getByLabel('Add a comment').fill(body);
	await page.getByRole('button', { name: 'Post comment' }).click();
	const comments = page.getByRole('list', { name: 'Comments' });
	await expect(comments).toContainText(body);
	await expect(comments).toContainText(author);
	await expect(comments).toContainText('Mentions: Agency Owner');
	// She closes the thread; anyone who sees it can reopen it.
	await page.getByRole('button', { name: 'Resolve thread' }).click();
	await expect(page.getByText(new RegExp(`^Resolved by ${author} on`))).toBeVisible();
	await expectNoAxeViolations(page);
	await page.getByRole('button', { name: 'Reopen thread' }).click();
	await expect(page.getByText('Thread reopened.')).toBeVisible();
	await expect(page.getByText(/^Resolved by/)).toHaveCount(0);
}

test('invite a client as approver for one brand: she sees only that brand and comments on it', async ({
	browser,
	baseURL,
	owner,
	world
}) => {
	const ws = `/w/${owner.workspaceId}`;
	const ownerPage = await browserOf(browser, baseURL!, owner);
	await ownerPage.goto(`${ws}/members`);
	await waitForHydration(ownerPage);
	await ownerPage.getByLabel('Role', { exact: true }).selectOption('approver');
	await ownerPage.getByLabel('Only the brands ticked below').check();
	await ownerPage.getByLabel('Bump Client').check();
	await ownerPage.getByRole('button', { name: 'Create invitation link' }).click();
	const link = await ownerPage.getByLabel('Invitation link').inputValue();
	expect(link).toMatch(/\/invite\/[a-z0-9]+$/);
	await ownerPage.reload();
	await expect(ownerPage.getByText('Only for: Bump Client.')).toBeVisible();
	await expectNoAxeViolations(ownerPage);

	// The client opens the link, sees what it offers, and joins.
	const client = await ApiUser.signUp(baseURL!, 'Casey Client');
	const page = await browserOf(browser, baseURL!, client);
	await page.goto(new URL(link).pathname);
	await expect(page.getByText('Only for: Bump Client.')).toBeVisible();
	await page.getByRole('button', { name: 'Join workspace' }).click();
	await page.waitForURL(new RegExp(`${ws}$`));

	await page.goto(`${ws}/brands`);
	await expect(page.getByRole('link', { name: /Bump Client/ })).toBeVisible();
	await expect(page.getByText('Chew Client')).toHaveCount(0);
	await expect(page.getByRole('link', { name: /New brand/ })).toHaveCount(0);

	// She comments on an item of her brand (an approver changes nothing else).
	await page.goto(`${ws}/brands/${world.bump}/calendar/items/${world.itemId}`);
	await expect(page.getByLabel('Title')).toHaveCount(0);
	await discuss(page, '@Agency Owner approved — <b>ship it</b>', 'Casey Client');

	// …and on a collaboration of her brand, where she changes nothing else either.
	await page.goto(`${ws}/brands/${world.bump}/outreach/${world.bumpCollabId}`);
	await expect(page.getByRole('button', { name: 'Save terms' })).toHaveCount(0);
	await discuss(page, '@Agency Owner is the fee final? <i>asking</i>', 'Casey Client');
	// The other brand's collaboration is not there for her, nor through her own brand's URL.
	for (const url of [
		`${ws}/brands/${world.chew}/outreach/${world.chewCollabId}?/comment`,
		`${ws}/brands/${world.bump}/outreach/${world.chewCollabId}?/comment`
	]) {
		const response = await client.api.post(url, { form: { body: 'hi' }, maxRedirects: 0 });
		expect(response.status(), url).toBe(404);
	}

	// The other brand does not exist for her: by URL, by a creator link, by an export.
	for (const path of [
		`${ws}/brands/${world.chew}`,
		`${ws}/brands/${world.chew}/calendar`,
		`${ws}/brands/${world.chew}/calendar/export.csv`,
		`${ws}/brands/${world.chew}/dashboard/export.csv`,
		`${ws}/creators/${world.chewCreatorId}`
	]) {
		const response = await client.api.get(path, { maxRedirects: 0 });
		expect(response.status(), path).toBe(404);
	}
	const directory = await page.goto(`${ws}/creators`);
	expect(directory?.status()).toBe(200);
	await expect(page.getByText(world.chewCreatorName)).toHaveCount(0);
	const csv = await client.api.get(`${ws}/creators/export.csv`);
	expect(csv.status()).toBe(200);
	expect(await csv.text()).not.toContain(world.chewCreatorName);
	await page.context().close();
	await ownerPage.context().close();
	await client.dispose();
});

test('an owner narrows an editor to one brand: the editor’s open page answers 404 on the next request (in Chinese)', async ({
	browser,
	baseURL,
	owner,
	editor,
	world
}) => {
	const ws = `/w/${owner.workspaceId}`;
	// Both read the app in Chinese, chosen with the language switcher and kept on the account.
	for (const user of [owner, editor]) {
		const switched = await user.api.post('/locale', {
			form: { locale: 'zh-CN', redirectTo: '/' },
			maxRedirects: 0
		});
		expect(switched.status()).toBe(303);
	}
	const editorPage = await browserOf(browser, baseURL!, editor);
	const chewCalendar = `${ws}/brands/${world.chew}/calendar`;
	expect((await editorPage.goto(chewCalendar))?.status()).toBe(200);

	const ownerPage = await browserOf(browser, baseURL!, owner);
	await ownerPage.goto(`${ws}/members`);
	await ownerPage.getByRole('link', { name: /修改访问权限 · Eddie Editor/ }).click();
	await waitForHydration(ownerPage);
	await expect(ownerPage.getByRole('heading', { level: 1 })).toHaveText('Eddie Editor 的访问权限');
	await ownerPage.getByLabel('仅限所选品牌，每个品牌单独设定角色').check();
	await ownerPage.getByLabel('在 Bump Client 中的角色').selectOption({ label: '编辑者' });
	await ownerPage.getByRole('button', { name: '保存', exact: true }).click();
	await expect(ownerPage.getByRole('status').filter({ hasText: '已保存。' })).toBeVisible();
	await expectNoAxeViolations(ownerPage);

	// None chosen is refused on the field, in Chinese, and changes nothing.
	await ownerPage.getByLabel('在 Bump Client 中的角色').selectOption({ label: '无访问权限' });
	await ownerPage.getByRole('button', { name: '保存', exact: true }).click();
	await expect(ownerPage.getByText('请至少选择一个品牌。')).toBeVisible();

	// The editor's open page of the other brand: the next request answers 404.
	const reloaded = await editorPage.reload();
	expect(reloaded?.status()).toBe(404);
	const bumpCalendar = `${ws}/brands/${world.bump}/calendar`;
	expect((await editorPage.goto(bumpCalendar))?.status()).toBe(200);
	// The team is no longer theirs to see: their home lists their brand and their role in it.
	expect((await editorPage.goto(`${ws}/members`))?.status()).toBe(403);
	await editorPage.goto(ws);
	await expect(editorPage.getByRole('link', { name: '成员', exact: true })).toHaveCount(0);
	const yours = editorPage.getByRole('listitem').filter({ hasText: 'Bump Client' });
	await expect(yours).toContainText('编辑者');
	await expect(editorPage.getByRole('heading', { name: '你的品牌' })).toBeVisible();
	await expectNoAxeViolations(editorPage);
	await ownerPage.context().close();
	await editorPage.context().close();
});

test('an approver comments on a collaboration of her brand in Chinese, mentioning the owner', async ({
	browser,
	baseURL,
	owner,
	world
}) => {
	const ws = `/w/${owner.workspaceId}`;
	const client = await ApiUser.signUp(baseURL!, '王 客户');
	await client.accept(await owner.invite('approver', [world.bump]));
	const switched = await client.api.post('/locale', {
		form: { locale: 'zh-CN', redirectTo: '/' },
		maxRedirects: 0
	});
	expect(switched.status()).toBe(303);
	const page = await browserOf(browser, baseURL!, client);
	await page.goto(`${ws}/brands/${world.bump}/outreach/${world.bumpCollabId}`);
	await waitForHydration(page);
	// An empty comment is refused on its field, in Chinese.
	await page.getByRole('button', { name: '发表评论' }).click();
	await expect(page.getByLabel('添加评论')).toHaveAttribute('aria-invalid', 'true');
	await page.getByLabel('添加评论').fill('@Agency Owner 样品收到了吗？');
	await page.getByRole('button', { name: '发表评论' }).click();
	const comments = page.getByRole('list', { name: '评论' });
	await expect(comments).toContainText('@Agency Owner 样品收到了吗？');
	await expect(comments).toContainText('王 客户');
	await expect(comments).toContainText('提及：Agency Owner');
	await page.getByRole('button', { name: '标记为已解决' }).click();
	await expect(page.getByText(/^王 客户 已于 .* 标记为已解决。$/)).toBeVisible();
	await expectNoAxeViolations(page);
	await page.context().close();
	await client.dispose();
});
