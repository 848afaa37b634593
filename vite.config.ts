import { paraglideVitePlugin } from '@inlang/paraglide-js';
import tailwindcss from '@tailwindcss/vite';
import { sveltekit } from '@sveltejs/kit/vite';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { paraglideOptions } from './i18n.config.js';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.js';

// Component tests (`*.svelte.test.ts`) run in a real Chromium; everything else runs in Node.
const COMPONENT_TESTS = 'src/**/*.svelte.test.ts';
// Tests that need a libSQL server (`npm run test:sqld` names them; `npm test` leaves them out).
const SQLD_TESTS = 'src/**/*.sqld.test.ts';
const ON_SQLD = process.env.FREEHOLD_TEST_DATABASE === 'sqld';

export default defineConfig({
	plugins: [
		tailwindcss(),
		sveltekit(),
		paraglideVitePlugin({
			...paraglideOptions,
			strategy: [...paraglideOptions.strategy] as `custom-${string}`[]
		})
	],
	test: {
		expect: { requireAssertions: true },
		projects: [
			{
				extends: './vite.config.ts',
				test: {
					name: 'server',
					environment: 'node',
					include: ['src/**/*.test.ts'],
					exclude: ON_SQLD ? [COMPONENT_TESTS] : [COMPONENT_TESTS, SQLD_TESTS],
					testTimeout: 20_000
				}
			},
			{
				extends: './vite.config.ts',
				test: {
					name: 'client',
					include: [COMPONENT_TESTS],
					browser: {
						enabled: true,
						headless: true,
						// A failure's screenshot would land beside the test, in src/.
						screenshotFailures: false,
						provider: playwright({
							launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS }
						}),
						instances: [{ browser: 'chromium' }]
					}
				}
			}
		]
	}
});
