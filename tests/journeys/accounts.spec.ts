import {
	ApiUser,
	expect,
	expectNoAxeViolations,
	PASSWORD,
	signUpInBrowser,
	test,
	uniqueEmail,
	waitForHydration
} from '../support/support';

test('sign up lands in my own workspace; sign out and back in', async ({ page }) => {
	const email = uniqueEmail('ana');
	await page.goto('/');
	await expect(page).toHaveURL(/\/signin$/);
	await expectNoAxeViolations(page);

	await page.getByRole('link', { name: 'Sign up' }).click();
	await expectNoAxeViolations(page);
	// Bad input gets field-level messages and creates nothing.
	await page.getByLabel('Email').fill('not-an-email');
	await page.getByLabel('Password').fill('short');
	await page.getByRole('button', { name: 'Create account' }).click();
	await expect(page.getByText('Enter a valid email address.')).toBeVisible();
	await expect(page.getByText('Use at least 10 characters.')).toBeVisible();
	await expect(page).toHaveURL(/\/signup$/);
	await expectNoAxeViolations(page);

	await signUpInBrowser(page, 'Ana Souza', email);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText("Ana Souza's workspace");
	await expect(page.getByRole('main').getByText('Owner', { exact: true }).first()).toBeVisible();
	await expectNoAxeViolations(page);

	// The browser's zone became the account's own time zone.
	await page.getByLabel('Account menu').click();
	await page.getByRole('link', { name: 'Account settings' }).click();
	await expect(page.getByLabel('Your time zone')).not.toHaveValue('');
	await expectNoAxeViolations(page);

	await page.getByLabel('Account menu').click();
	await page.getByRole('button', { name: 'Sign out' }).click();
	await expect(page).toHaveURL(/\/signin$/);
	await page.goto('/account');
	await expect(page).toHaveURL(/\/signin\?redirectTo=%2Faccount$/);

	await page.getByLabel('Email').fill(email);
	await page.getByLabel('Password').fill('wrong password!');
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page.getByRole('alert')).toHaveText('Email or password is wrong.');

	await page.getByLabel('Password').fill(PASSWORD);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page).toHaveURL(/\/account$/);
	await expect(page.getByRole('heading', { name: 'Account settings' })).toBeVisible();
});

test('a viewer invited by link sees the workspace but cannot change it', async ({
	page,
	baseURL
}) => {
	const owner = await ApiUser.signUp(baseURL!, 'Owner');
	const invitePath = await owner.invite('viewer');

	await page.goto(invitePath);
	await expect(page.getByText('as Viewer')).toBeVisible();
	await expectNoAxeViolations(page);
	await page.getByRole('link', { name: 'Create account' }).click();
	const email = uniqueEmail('client');
	await page.getByLabel('Name').fill('Casey Client');
	await page.getByLabel('Email').fill(email);
	await page.getByLabel('Password').fill(PASSWORD);
	await page.getByRole('button', { name: 'Create account' }).click();
	await expect(page).toHaveURL(new RegExp(`${invitePath}$`));
	await page.getByRole('button', { name: 'Join workspace' }).click();
	await expect(page).toHaveURL(`/w/${owner.workspaceId}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText("Owner's workspace");
	await expect(page.getByText('Reads and comments on everything, changes nothing')).toBeVisible();

	// The link was single-use.
	const again = await ApiUser.signUp(baseURL!, 'Latecomer');
	const reuse = await again.api.post(`${invitePath}?/accept`, { form: {}, maxRedirects: 0 });
	expect(reuse.status()).toBe(410);

	await page.getByRole('link', { name: 'Members', exact: true }).click();
	await expect(page.getByRole('cell', { name: 'Casey Client (you)' })).toBeVisible();
	await expect(page.getByRole('button', { name: /Remove/ })).toHaveCount(0);
	await expectNoAxeViolations(page);

	await page.getByRole('link', { name: 'Workspace settings' }).click();
	await expect(page.getByText('Only owners can rename the workspace.')).toBeVisible();
	await expectNoAxeViolations(page);

	// Even a hand-made post is refused on the server and changes nothing.
	const forged = await page.request.post(`/w/${owner.workspaceId}/settings?/rename`, {
		form: { name: 'Hijacked', version: '1' },
		headers: { origin: baseURL! }
	});
	expect(forged.status()).toBe(403);
	await page.reload();
	await expect(page.getByText("Owner's workspace").first()).toBeVisible();
	await expect(page.getByText('Hijacked')).toHaveCount(0);

	// Switching workspaces: the viewer also has their own.
	await page.getByLabel('Switch workspace').click();
	await page.getByRole('link', { name: /Casey Client's workspace/ }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText("Casey Client's workspace");
	await owner.dispose();
	await again.dispose();
});

test('switch the interface to Chinese and back', async ({ page }) => {
	await signUpInBrowser(page, 'Li Na', uniqueEmail('lina'));
	await page.getByRole('button', { name: '中文' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	await expect(page.getByRole('link', { name: '成员', exact: true })).toBeVisible();
	await expect(page.getByRole('main').getByText('所有者', { exact: true }).first()).toBeVisible();
	await expectNoAxeViolations(page);

	// The choice is kept on the account: a new browser session opens in Chinese too.
	await page.getByLabel('账户菜单').click();
	await page.getByRole('link', { name: '账户设置' }).click();
	await expect(page.getByLabel('界面语言')).toHaveValue('zh-CN');
	// Validation messages come in the chosen language.
	await page.getByLabel('姓名').fill('');
	await page.getByRole('button', { name: '保存' }).click();
	await expect(page.getByText('此项为必填项。')).toBeVisible();
	await expectNoAxeViolations(page);

	await page.getByRole('button', { name: 'English' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('heading', { name: 'Account settings' })).toBeVisible();
});

test('an owner creates a second workspace, renames it and manages roles', async ({ page }) => {
	await signUpInBrowser(page, 'Omar Haddad', uniqueEmail('omar'));
	await page.getByLabel('Switch workspace').click();
	await page.getByRole('link', { name: /New workspace/ }).click();
	await expectNoAxeViolations(page);
	await page.getByLabel('Workspace name').fill('Calm Paws Agency');
	await page.getByRole('button', { name: 'Create workspace' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Calm Paws Agency');

	await page.getByRole('link', { name: 'Workspace settings' }).click();
	await page.getByLabel('Workspace name').fill('Calm Paws Studio');
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByText('Saved.')).toBeVisible();
	await expect(page.getByLabel('Switch workspace')).toContainText('Calm Paws Studio');
	// A second save in a row is not mistaken for a conflict.
	await page.getByLabel('Workspace name').fill('Calm Paws Studio Ltd');
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByText('Saved.')).toBeVisible();
	await expect(page.getByRole('alert')).toHaveCount(0);
	await expect(page.getByLabel('Switch workspace')).toContainText('Calm Paws Studio Ltd');

	// Cancelling the confirmation really cancels.
	await waitForHydration(page);
	page.once('dialog', (dialog) => dialog.dismiss());
	await page.getByRole('button', { name: 'Leave workspace' }).click();
	await expect(page.getByRole('alert')).toHaveCount(0);
	await expect(page).toHaveURL(/\/settings$/);

	// The last owner can neither leave nor demote themselves.
	page.once('dialog', (dialog) => dialog.accept());
	await page.getByRole('button', { name: 'Leave workspace' }).click();
	await expect(page.getByRole('alert')).toContainText('only owner');

	await page.getByRole('link', { name: 'Members', exact: true }).click();
	await page.getByLabel('Role of Omar Haddad').selectOption('viewer');
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByRole('status').or(page.getByRole('alert'))).toContainText(
		'at least one owner'
	);
	await expectNoAxeViolations(page);

	await page.getByLabel('Role', { exact: true }).selectOption('editor');
	await page.getByRole('button', { name: 'Create invitation link' }).click();
	await expect(page.getByLabel('Invitation link')).toHaveValue(/\/invite\/[a-z0-9]+$/);
	await expect(page.getByRole('heading', { name: 'Open invitations' })).toBeVisible();
	await expect(page.getByText('Anyone with the link · Editor')).toBeVisible();
	await expectNoAxeViolations(page);
});

test('changing the password signs out every other device', async ({ page, baseURL }) => {
	const other = await ApiUser.signUp(baseURL!, 'Rin');
	// The same account, signed in in the browser too.
	await page.goto('/signin');
	await page.getByLabel('Email').fill(other.email);
	await page.getByLabel('Password').fill(PASSWORD);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await page.waitForURL(/\/w\//);

	await page.goto('/account/password');
	await expectNoAxeViolations(page);
	await page.getByLabel('Current password').fill('not my password');
	await page.getByLabel('New password', { exact: true }).fill('a brand new passphrase');
	await page.getByLabel('Repeat new password').fill('a brand new passphrase');
	await page.getByRole('button', { name: 'Change password' }).click();
	await expect(page.getByText('Your current password is not correct.')).toBeVisible();

	await page.getByLabel('Current password').fill(PASSWORD);
	await page.getByLabel('New password', { exact: true }).fill('a brand new passphrase');
	await page.getByLabel('Repeat new password').fill('a brand new passphrase');
	await page.getByRole('button', { name: 'Change password' }).click();
	await expect(page.getByText('Password changed.')).toBeVisible();

	// This browser stays signed in; the other device is out.
	await page.goto('/account');
	await expect(page.getByRole('heading', { name: 'Account settings' })).toBeVisible();
	const elsewhere = await other.api.get('/account', { maxRedirects: 0 });
	expect(elsewhere.status()).toBe(303);
	expect(elsewhere.headers()['location']).toMatch(/^\/signin/);
	await other.dispose();
});

test('two tabs editing account settings: the second save is refused, keeps its typing and shows the newer values', async ({
	browser,
	baseURL
}) => {
	const context = await browser.newContext();
	const first = await context.newPage();
	await signUpInBrowser(first, 'Tomás Ruiz', uniqueEmail('tomas'));
	const second = await context.newPage();
	await first.goto(`${baseURL}/account`);
	await second.goto(`${baseURL}/account`);

	await first.getByLabel('Name').fill('Tomás R.');
	await first.getByRole('button', { name: 'Save' }).click();
	await expect(first.getByText('Saved.')).toBeVisible();

	await second.getByLabel('Name').fill('Tom Ruiz');
	await second.getByRole('button', { name: 'Save' }).click();
	await expect(second.getByRole('alert')).toContainText(
		'Someone saved this while you were editing'
	);
	await expect(second.getByLabel('Name')).toHaveValue('Tom Ruiz');
	await expect(second.getByTestId('account-conflict')).toContainText('Tomás R.');
	await context.close();
});
