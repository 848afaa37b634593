// The one Chromium every browser test uses: Playwright's e2e suite (playwright.config.ts) and
// vitest's `client` project (vite.config.ts). Neither may download a browser here.
import { existsSync } from 'node:fs';

/** Debian's chromium (or CHROME_PATH), else undefined: Playwright's own download, if any. */
export function findChromium() {
	const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
	for (const path of candidates) if (path && existsSync(path)) return path;
	return undefined;
}

/** Launch arguments for a headless Chromium in a container (no sandbox, no GPU, no network chatter). */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-quic',
	'--no-first-run'
];
