import { redirect } from '@sveltejs/kit';
import { db } from '$lib/server/db';
import { deleteSessionCookie, invalidateSession } from '$lib/server/session';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async ({ locals, cookies }) => {
	if (locals.session) await invalidateSession(db, locals.session.id);
	deleteSessionCookie(cookies);
	redirect(303, '/signin');
};
