import { error, redirect } from '@sveltejs/kit';
import { db } from '$lib/server/db';
import { isCrossSiteRequest } from '$lib/server/same-origin';
import { deleteSessionCookie, invalidateSession } from '$lib/server/session';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async ({ locals, cookies, request, url }) => {
	// A body-less POST skips SvelteKit's form origin check: another site must not sign anyone out.
	if (isCrossSiteRequest(request, url.origin)) error(403, 'Cross-site sign-out is forbidden');
	if (locals.session) await invalidateSession(db, locals.session.id);
	deleteSessionCookie(cookies);
	redirect(303, '/signin');
};
