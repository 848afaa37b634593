/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// Makes the app installable and shows an offline page. It keeps only the app's own build files
// and public static files (scripts, styles, icons, the offline page), never a page or any data:
// every page is signed in and belongs to someone, and a shared phone must not keep it.
import { build, files, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `freehold-static-${version}`;
const OFFLINE = '/offline.html';
// The public files: the build's hashed assets and static/ (icons, manifest, offline page).
const ASSETS = new Set([...build, ...files]);
// What is fetched at install: static/, the app's entry scripts and its stylesheets. Not every
// page's chunks: that was ~240 files, half a megabyte a phone downloaded on its first visit while
// the page it opened still loaded. The other chunks come from the network and the browser's
// cache (they are hashed and immutable).
const INSTALLED = [
	...files,
	...build.filter((path) => path.includes('/_app/immutable/entry/') || path.endsWith('.css'))
];

sw.addEventListener('install', (event) => {
	event.waitUntil(
		caches
			.open(CACHE)
			.then((cache) => cache.addAll(INSTALLED))
			.then(() => sw.skipWaiting())
	);
});

sw.addEventListener('activate', (event) => {
	// Old versions' caches go; nothing else was ever stored.
	event.waitUntil(
		caches
			.keys()
			.then((keys) =>
				Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key)))
			)
			.then(() => sw.clients.claim())
	);
});

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;
	if (ASSETS.has(url.pathname)) {
		// A known public file: from the cache, else the network (never written back).
		event.respondWith(caches.match(request).then((hit) => hit ?? fetch(request)));
		return;
	}
	if (request.mode === 'navigate') {
		// Pages always come from the network; only when it fails, the offline page.
		event.respondWith(
			fetch(request).catch(async () => (await caches.match(OFFLINE)) ?? Response.error())
		);
	}
	// Everything else (page data, endpoints, exports) goes to the network untouched.
});
