/**
 * The request body limit every server we start runs with. adapter-node's default (512K) answers
 * a bigger form with a bare "Invalid request body" before the app sees it; at 2M a megabyte pasted
 * into a field reaches validation and gets the field's own "too long" message in the user's
 * language. CSV uploads keep their own, smaller limit (src/lib/domain/csv-read.ts).
 */
export const BODY_SIZE_LIMIT = process.env.BODY_SIZE_LIMIT || '2M';

/**
 * What the servers of our test suites add: they sign up hundreds of users from one loopback
 * address within minutes, far past a deployment's per-address sign-up limit (SIGNUP_LIMIT, 20 an
 * hour). tests/suites/lockout.spec.ts tests that limit on a server of its own that keeps the default.
 */
export const TEST_SERVER_ENV = { SIGNUP_LIMIT: '100000' };

/**
 * The environment of a `node build` we start on loopback for tests, the bench or the cluster:
 * its port, the public origin form posts must come from, its database, no demo unless asked.
 */
export function appServerEnv({ port, origin, databaseUrl, demo = false, extra = {} }) {
	return {
		...process.env,
		PORT: String(port),
		HOST: '127.0.0.1',
		ORIGIN: origin,
		DATABASE_URL: databaseUrl,
		FREEHOLD_DEMO: demo ? 'on' : 'off',
		BODY_SIZE_LIMIT,
		...extra
	};
}
