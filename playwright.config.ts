import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.js';

// Debian's chromium (or CHROME_PATH), else Playwright's own download; otherwise say how to get one.
const executablePath = findChromium();
if (!executablePath && !process.env.PLAYWRIGHT_BROWSERS_PATH && !hasPlaywrightChromium()) {
	throw new Error(
		'No Chromium found for the browser tests. Install one with `sudo apt-get install -y chromium` ' +
			'(Debian/Ubuntu), or point CHROME_PATH at a Chromium or Chrome binary, or run ' +
			'`npx playwright install chromium` where downloads are allowed.'
	);
}

function hasPlaywrightChromium() {
	try {
		// Resolved lazily so a missing download does not crash the config before our message.
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		const { chromium } = require('@playwright/test') as typeof import('@playwright/test');
		return existsSync(chromium.executablePath());
	} catch {
		return false;
	}
}

const PORT = Number(process.env.E2E_PORT ?? 4173);
const ON_SQLD = process.env.E2E_DATABASE === 'sqld';
// The cluster suite needs sqld and nginx: `npm run test:sqld` runs it, `npm test` does not.
// The busy-database suite holds the lock of the e2e server's database file from outside, which
// only an embedded file has (on sqld the server orders writers itself).
const IGNORED = ON_SQLD ? ['**/database-busy.spec.ts'] : ['**/cluster.spec.ts'];
// An iPhone 14's screen in Chromium (WebKit cannot be installed here). With `isMobile` the layout
// viewport grows to the page's width, so overflow is measured on documentElement, not innerWidth.
// The iPhone's user agent, as a real phone sends it: pages that open differently on a phone (the
// calendar's day agenda) decide from it.
const PHONE = {
	userAgent: devices['iPhone 14'].userAgent,
	viewport: { width: 390, height: 844 },
	screen: { width: 390, height: 844 },
	deviceScaleFactor: 3,
	isMobile: true,
	hasTouch: true
};

export default defineConfig({
	testDir: 'tests',
	projects: [
		// The journeys and suites, at the desktop size they have always run at.
		{ name: 'desktop', testIgnore: [...IGNORED, '**/tests/phone/**'] },
		// Every page at phone size (tests/phone), on the file database only: the pages are the same
		// on sqld, and CI time is better spent elsewhere.
		...(ON_SQLD ? [] : [{ name: 'phone', testDir: 'tests/phone', use: PHONE }])
	],
	fullyParallel: false,
	workers: 1,
	retries: 0,
	forbidOnly: true,
	timeout: 30_000,
	reporter: process.env.CI ? [['list']] : [['list']],
	use: {
		baseURL: `http://localhost:${PORT}`,
		locale: 'en-US',
		trace: 'retain-on-failure',
		launchOptions: {
			executablePath,
			args: CHROMIUM_ARGS
		}
	},
	webServer: {
		command: `node scripts/e2e-server.js`,
		env: { E2E_PORT: String(PORT) },
		url: `http://localhost:${PORT}/health`,
		reuseExistingServer: false,
		timeout: 240_000,
		stdout: 'pipe',
		stderr: 'pipe'
	}
});
