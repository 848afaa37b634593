import { test as roles } from '../support/roles';
import { createBrand, expect } from '../support/support';

const test = roles.extend<{ brandId: string }>({
	brandId: ({ once, owner }, use) =>
		once('brandId', () => createBrand(owner, { name: 'Secret Mats' })).then(use)
});

test('the app can be installed: a manifest with icons and a theme colour', async ({
	page,
	request
}) => {
	await page.goto('/signin');
	await expect(page.locator('meta[name="theme-color"]')).toHaveAttribute('content', '#14532d');
	const href = await page.locator('link[rel="manifest"]').getAttribute('href');
	const response = await request.get(href!);
	expect(response.status()).toBe(200);
	const manifest = await response.json();
	expect(manifest).toMatchObject({
		name: 'Freehold',
		start_url: '/',
		display: 'standalone',
		theme_color: '#14532d'
	});
	const sizes = manifest.icons.map((icon: { sizes: string }) => icon.sizes);
	expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
	expect(manifest.icons.some((i: { purpose?: string }) => i.purpose === 'maskable')).toBe(true);
	for (const icon of manifest.icons as { src: string; type: string }[]) {
		const file = await request.get(icon.src);
		expect(file.status(), icon.src).toBe(200);
		expect(file.headers()['content-type'], icon.src).toContain(icon.type);
	}
});

test('the service worker keeps no signed-in page or data, and shows the offline page', async ({
	page,
	owner,
	brandId
}) => {
	await page.context().addCookies((await owner.api.storageState()).cookies);
	const brand = `/w/${owner.workspaceId}/brands/${brandId}`;
	await page.goto(brand);
	await page.evaluate(() => navigator.serviceWorker.ready);
	// Controlled from the next load on: visit signed-in pages and their data through it.
	await page.reload();
	await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
	await page.goto(`${brand}/calendar`);
	// A client-side navigation (its data comes from __data.json), through the closed menu's link.
	await page.locator(`a[href="${brand}/personas"]`).first().dispatchEvent('click');
	await page.waitForURL(`${brand}/personas`);

	const cached = await page.evaluate(async () => {
		const entries: { url: string; type: string }[] = [];
		for (const key of await caches.keys()) {
			const cache = await caches.open(key);
			for (const request of await cache.keys()) {
				const response = await cache.match(request);
				entries.push({
					url: new URL(request.url).pathname,
					type: response?.headers.get('content-type') ?? ''
				});
			}
		}
		return entries;
	});
	// The app's own files are there (so it starts fast and works offline enough to say so) …
	expect(cached.map((e) => e.url)).toEqual(
		expect.arrayContaining(['/offline.html', '/manifest.webmanifest'])
	);
	expect(cached.some((e) => e.url.startsWith('/_app/immutable/'))).toBe(true);
	// … and nothing of anyone's: no page but the offline one, no data, no workspace path.
	const personal = cached.filter(
		(e) =>
			e.url.startsWith('/w/') ||
			e.url.includes('__data.json') ||
			(e.type.includes('text/html') && e.url !== '/offline.html')
	);
	expect(personal).toEqual([]);

	await page.context().setOffline(true);
	// A plain navigation (not the suite's goto, which waits for the app to hydrate: this page has
	// no app in it).
	await page.evaluate((path) => location.assign(path), `${brand}/calendar`);
	await expect(page.getByRole('heading', { name: 'You are offline' })).toBeVisible();
	await expect(page.getByRole('heading', { name: '当前处于离线状态' })).toBeVisible();
	await expect(page.getByText('Secret Mats')).toHaveCount(0);
	await page.context().setOffline(false);
});
