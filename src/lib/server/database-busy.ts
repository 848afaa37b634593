import type { RequestEvent } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { extractLocaleFromRequest, type Locale } from '$lib/paraglide/runtime';

/**
 * While another process holds the database's write lock past the write wait (db/write-gate.ts),
 * a write fails as busy. That is not our fault nor the user's, and it passes: the answer is 503
 * with Retry-After, in the user's language, never a 500.
 */
export const RETRY_AFTER_SECONDS = 5;

export function busyMessage(event: RequestEvent) {
	const locale: Locale = event.locals.locale ?? extractLocaleFromRequest(event.request);
	return m.error_database_busy({}, { locale });
}

/**
 * The 503 for a request whose write found the database busy, in the shape its caller reads:
 * a page (the error page Kit rendered, or a small one of ours when it rendered none), the JSON
 * that enhanced forms and client-side navigation expect, or plain text.
 */
export function busyResponse(event: RequestEvent, rendered?: Response): Response {
	const message = busyMessage(event);
	const headers = new Headers({
		'retry-after': String(RETRY_AFTER_SECONDS),
		'cache-control': 'no-store'
	});
	const json = (body: unknown) => {
		headers.set('content-type', 'application/json');
		return new Response(JSON.stringify(body), { status: 503, headers });
	};
	if (event.url.pathname.endsWith('/__data.json')) return json({ message, busy: true });
	if (event.request.headers.get('x-sveltekit-action') === 'true') {
		return json({ type: 'error', error: { message, busy: true } });
	}
	const wantsHtml = /text\/html/.test(event.request.headers.get('accept') ?? '');
	if (wantsHtml && rendered?.headers.get('content-type')?.includes('text/html')) {
		for (const [key, value] of rendered.headers) if (!headers.has(key)) headers.set(key, value);
		return new Response(rendered.body, { status: 503, headers });
	}
	if (wantsHtml) {
		headers.set('content-type', 'text/html; charset=utf-8');
		return new Response(page(event, message), { status: 503, headers });
	}
	headers.set('content-type', 'text/plain; charset=utf-8');
	return new Response(message, { status: 503, headers });
}

function page(event: RequestEvent, message: string) {
	const locale: Locale = event.locals.locale ?? extractLocaleFromRequest(event.request);
	// A GET can simply be asked again; a form post is sent again from the page it came from.
	const again = event.request.method === 'GET' ? event.url.pathname + event.url.search : '/';
	const label =
		event.request.method === 'GET'
			? m.error_try_again({}, { locale })
			: m.back_home({}, { locale });
	return `<!doctype html>
<html lang="${locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>503 · Freehold</title></head>
<body>
<main>
<h1>${escapeHtml(message)}</h1>
<p><a href="${escapeHtml(again)}">${escapeHtml(label)}</a></p>
</main>
</body>
</html>
`;
}

function escapeHtml(text: string) {
	return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
