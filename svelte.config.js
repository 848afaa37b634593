import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// Several checkouts' worth of builds can live side by side (parallel test runs): set
// FREEHOLD_BUILD_DIR to build somewhere other than build/.
const buildDir = process.env.FREEHOLD_BUILD_DIR;

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ out: buildDir ?? 'build' }),
		outDir: buildDir ? `${buildDir}-kit` : '.svelte-kit',
		// Small stylesheets go inline in the page: the chart library's dozen files of a few hundred
		// bytes each were a dozen render-blocking requests on a slow phone connection. The app's
		// own stylesheet (~35 KB) stays a file the browser caches.
		inlineStyleThreshold: 8 * 1024,
		// Kit adds hashes/nonces for its own inline scripts; everything else must come from us.
		csp: {
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				// Svelte transitions and some style bindings write inline styles.
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none']
			}
		}
	}
};

export default config;
