import { and, eq, gt, lte } from 'drizzle-orm';
import type { Db } from '../db/client';
import { knownDevices } from '../db/schema';
import { hashToken, newToken } from '../crypto';

/** How long a browser stays known after its last successful sign-in. */
export const DEVICE_LIFETIME_MS = 365 * 24 * 60 * 60 * 1000;

/** The id of the known device a cookie token stands for, if it is this user's and not expired. */
export async function findKnownDevice(db: Db, userId: string, token: string, now = Date.now()) {
	const id = hashToken(token);
	const [row] = await db
		.select({ id: knownDevices.id })
		.from(knownDevices)
		.where(
			and(
				eq(knownDevices.id, id),
				eq(knownDevices.userId, userId),
				gt(knownDevices.expiresAt, new Date(now))
			)
		);
	return row?.id ?? null;
}

/**
 * Remembers a browser that just signed in: a new token (the one it had, if any, is replaced, so a
 * copied cookie stops working at the next sign-in) and the user's expired devices are cleared.
 */
export async function rememberDevice(
	db: Db,
	userId: string,
	previousToken: string | undefined,
	now = Date.now()
) {
	const token = newToken();
	const expiresAt = new Date(now + DEVICE_LIFETIME_MS);
	await db.batch([
		db
			.delete(knownDevices)
			.where(and(eq(knownDevices.userId, userId), lte(knownDevices.expiresAt, new Date(now)))),
		db.delete(knownDevices).where(eq(knownDevices.id, hashToken(previousToken ?? ''))),
		db
			.insert(knownDevices)
			.values({ id: hashToken(token), userId, createdAt: new Date(now), expiresAt })
	]);
	return { token, expiresAt };
}
