import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { env } from '$env/dynamic/private';
import { database, db } from '$lib/server/db';
import { prepareDatabase } from '$lib/server/db/client';
import { DEMO_EMAIL, DEMO_PASSWORD, seedDemo } from '$lib/server/demo';
import {
	SESSION_COOKIE,
	cookieExpiry,
	deleteSessionCookie,
	setSessionCookie,
	validateSessionToken
} from '$lib/server/session';
import { isPublicPath } from '$lib/server/public-paths';
import { defineCustomServerStrategy } from '$lib/paraglide/runtime';
import { paraglideMiddleware } from '$lib/paraglide/server';

export const init: ServerInit = async () => {
	await prepareDatabase(database);
	if (env.FREEHOLD_DEMO === 'on') {
		const seeded = await seedDemo(db);
		console.log(
			`${seeded ? 'Demo data created.' : 'Demo mode.'} Sign in as ${DEMO_EMAIL} / ${DEMO_PASSWORD}`
		);
	}
};

const securityHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	response.headers.set('X-Content-Type-Options', 'nosniff');
	response.headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
	response.headers.set('X-Frame-Options', 'DENY');
	response.headers.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
	// Pages get Kit's CSP (svelte.config.js); redirects, errors and endpoints get a closed one.
	if (!response.headers.has('Content-Security-Policy')) {
		response.headers.set(
			'Content-Security-Policy',
			"default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
		);
	}
	return response;
};

const session: Handle = async ({ event, resolve }) => {
	event.locals.user = null;
	event.locals.session = null;
	// A page's layouts and page each pass the same guards; on a read they share one lookup. A
	// write runs its action before the loads, so the loads must see what it changed: no sharing.
	if (event.request.method === 'GET' || event.request.method === 'HEAD') {
		event.locals.reads = new Map();
	}
	const token = event.cookies.get(SESSION_COOKIE);
	if (token) {
		const result = await validateSessionToken(db, token);
		if (result) {
			event.locals.user = result.user;
			event.locals.session = result.session;
			setSessionCookie(event.cookies, token, cookieExpiry(result.session));
		} else {
			deleteSessionCookie(event.cookies);
		}
	}
	return resolve(event);
};

// Deny by default: only the paths in public-paths.ts are reachable without a session.
const gate: Handle = async ({ event, resolve }) => {
	if (!event.locals.user && !isPublicPath(event.url.pathname)) {
		const back = event.url.pathname + event.url.search;
		const location = back === '/' ? '/signin' : `/signin?redirectTo=${encodeURIComponent(back)}`;
		return new Response(null, { status: 303, headers: { location } });
	}
	return resolve(event);
};

// The account's language wins; otherwise the cookie set by the switcher, then Accept-Language.
const accountLocale = new WeakMap<Request, string>();
defineCustomServerStrategy('custom-account', {
	getLocale: (request) => (request ? accountLocale.get(request) : undefined)
});

const i18n: Handle = ({ event, resolve }) => {
	if (event.locals.user?.locale) accountLocale.set(event.request, event.locals.user.locale);
	return paraglideMiddleware(event.request, ({ request, locale }) => {
		event.request = request;
		event.locals.locale = locale;
		return resolve(event, {
			transformPageChunk: ({ html }) => html.replace('%paraglide.lang%', locale)
		});
	});
};

export const handle = sequence(securityHeaders, session, gate, i18n);

export const handleError: HandleServerError = ({ error, event, status, message }) => {
	if (status >= 500) {
		const id = crypto.randomUUID();
		console.error(`[${id}] ${event.request.method} ${event.url.pathname}`, error);
		return { message: 'Internal error', id };
	}
	return { message };
};
