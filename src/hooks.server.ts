import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { env } from '$env/dynamic/private';
import { database, db } from '$lib/server/db';
import { prepareDatabase } from '$lib/server/db/client';
import { isDatabaseBusy } from '$lib/server/db/write-gate';
import { busyMessage, busyResponse } from '$lib/server/database-busy';
import { compressResponse } from '$lib/server/compress';
import { DEMO_EMAIL, DEMO_PASSWORD, seedDemo } from '$lib/server/seed/demo';
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
import { useLocalisedZodMessages } from '$lib/schemas/zod-messages';
import { m } from '$lib/paraglide/messages';

useLocalisedZodMessages();

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
	// Under start:cluster each process is named, so a test (or a person) can see who answered.
	if (env.FREEHOLD_INSTANCE) response.headers.set('X-Freehold-Instance', env.FREEHOLD_INSTANCE);
	// Pages get Kit's CSP (svelte.config.js); redirects, errors and endpoints get a closed one.
	if (!response.headers.has('Content-Security-Policy')) {
		response.headers.set(
			'Content-Security-Policy',
			"default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
		);
	}
	return response;
};

// An answer given before an action read its body (a 404, a 410, a redirect) leaves the rest of
// the body on the connection, and the next request sent on that keep-alive connection is reset.
// Read what is left (adapter-node caps it at BODY_SIZE_LIMIT) so the connection stays usable.
const drainBody: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	const request = event.request;
	if (request.body && !request.bodyUsed) await request.arrayBuffer().catch(() => undefined);
	return response;
};

// A write that found the database locked by another process for the whole write wait answers 503
// with Retry-After (database-busy.ts). Kit hands errors of loads and actions to handleError, which
// marks the request; an error thrown by a handle (the session's write) arrives here.
const databaseBusy: Handle = async ({ event, resolve }) => {
	let response: Response;
	try {
		response = await resolve(event);
	} catch (error) {
		if (!isDatabaseBusy(error)) throw error;
		console.warn(`${event.request.method} ${event.url.pathname}: database busy, answered 503`);
		return busyResponse(event);
	}
	return event.locals.databaseBusy ? busyResponse(event, response) : response;
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

/** The one field of our forms that takes a file: the CSV uploads of the imports. */
const FILE_FIELDS = new Set(['file']);
const FORM_TYPES = /^\s*(application\/x-www-form-urlencoded|multipart\/form-data)\s*(;|$)/i;

/**
 * Our forms post url-encoded or multipart bodies, and only an upload field holds a file. Anything
 * else — an HTML form with enctype="text/plain", a file where text belongs — is refused here,
 * before an action reads it, instead of failing inside the action or its answer.
 */
const formBodies: Handle = async ({ event, resolve }) => {
	const { request } = event;
	// Kit reads the first `?/name` as the action and throws (a 500) when it names the reserved
	// "default"; no form of ours links there, so it is a page that does not exist.
	const action = [...event.url.searchParams.keys()].find((key) => key.startsWith('/'));
	if (request.method === 'POST' && action === '/default') {
		return new Response(m.error_page_not_found(), {
			status: 404,
			headers: { 'content-type': 'text/plain; charset=utf-8' }
		});
	}
	const type = request.headers.get('content-type');
	if (request.method !== 'POST' || type === null) return resolve(event);
	if (!FORM_TYPES.test(type)) {
		return new Response(m.error_form_type(), {
			status: 415,
			headers: { 'content-type': 'text/plain; charset=utf-8' }
		});
	}
	if (/multipart/i.test(type)) {
		const data = await request
			.clone()
			.formData()
			.catch(() => null);
		const stray =
			data && [...data].some(([key, v]) => typeof v !== 'string' && !FILE_FIELDS.has(key));
		if (!data || stray) {
			return new Response(m.error_form_type(), {
				status: 400,
				headers: { 'content-type': 'text/plain; charset=utf-8' }
			});
		}
	}
	return resolve(event);
};

// Outermost, so it sees every header the others set (compress.ts).
const compression: Handle = async ({ event, resolve }) =>
	compressResponse(event.request, await resolve(event));

export const handle = sequence(
	compression,
	drainBody,
	securityHeaders,
	databaseBusy,
	session,
	gate,
	i18n,
	formBodies
);

export const handleError: HandleServerError = ({ error, event, status, message }) => {
	if (isDatabaseBusy(error)) {
		event.locals.databaseBusy = true;
		console.warn(`${event.request.method} ${event.url.pathname}: database busy, answered 503`);
		return { message: busyMessage(event), busy: true };
	}
	if (status >= 500) {
		const id = crypto.randomUUID();
		console.error(`[${id}] ${event.request.method} ${event.url.pathname}`, error);
		return { message: 'Internal error', id };
	}
	return { message };
};
