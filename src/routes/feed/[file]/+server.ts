import { error } from '@sveltejs/kit';
import { db } from '$lib/server/db';
import { renderFeed } from '$lib/server/queries/feeds';
import type { RequestHandler } from './$types';

/**
 * A brand's iCal feed. Public: the secret in the file name is the only credential (calendar apps
 * send no cookies). Unknown and revoked secrets both answer 404.
 */
export const GET: RequestHandler = async ({ params, url }) => {
	const token = params.file.match(/^([a-z0-9]{16,64})\.ics$/)?.[1];
	if (!token) error(404, 'Not found');
	const body = await renderFeed(db, token, url.origin);
	if (body === null) error(404, 'Not found');
	return new Response(body, {
		headers: {
			'content-type': 'text/calendar; charset=utf-8',
			'cache-control': 'private, max-age=300'
		}
	});
};
