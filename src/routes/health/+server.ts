import { json } from '@sveltejs/kit';
import { sql } from 'drizzle-orm';
import { db } from '$lib/server/db';
import type { RequestHandler } from './$types';

/** For load balancers: 200 when this process can reach the database. */
export const GET: RequestHandler = async () => {
	await db.run(sql`SELECT 1`);
	return json({ ok: true }, { headers: { 'cache-control': 'no-store' } });
};
