/**
 * Fills a database with an agency workspace (issue 7): 50 brands, 100,000 calendar items over
 * five years, 5,000 creators with 20,000 collaborations, and five years of daily values for 20
 * metrics per brand. Deterministic from SEED; the agency signs in as agency@freehold.test.
 *
 *   npm run seed:large                                   # → file:./data/large.db (made new)
 *   DATABASE_URL=file:/tmp/big.db SEED=other npm run seed:large
 *   SCALE=0.1 npm run seed:large                         # a tenth of everything
 */
import { existsSync, rmSync } from 'node:fs';
import { createSsrLoader } from './ssr-loader.js';

const url = process.env.DATABASE_URL ?? 'file:./data/large.db';
const seed = process.env.SEED ?? 'freehold-large';
const factor = Number(process.env.SCALE ?? 1);

if (url.startsWith('file:')) {
	// A fresh file every time: the seed is the whole content, never added to a used database.
	const path = url.slice('file:'.length).split('?')[0];
	for (const suffix of ['', '-wal', '-shm']) if (existsSync(path + suffix)) rmSync(path + suffix);
}

const vite = await createSsrLoader();
try {
	const load = (path) => vite.ssrLoadModule(path);
	const { openDatabase, prepareDatabase } = await load('/src/lib/server/db/client.ts');
	const { seedLarge, AGENCY, LARGE_ACCOUNT } = await load('/src/lib/server/seed/seed-large.ts');
	const scale = Object.fromEntries(
		Object.entries(AGENCY).map(([k, v]) => [k, Math.max(1, Math.round(v * factor))])
	);
	const handle = openDatabase(url, process.env.DATABASE_AUTH_TOKEN);
	await prepareDatabase(handle);
	const started = performance.now();
	const { counts } = await seedLarge(handle, scale, { seed });
	const seconds = ((performance.now() - started) / 1000).toFixed(1);
	handle.client.close();
	console.log(`seeded ${url} in ${seconds} s (seed "${seed}")`);
	for (const [name, n] of Object.entries(counts)) console.log(`  ${name.padEnd(15)} ${n}`);
	console.log(`sign in as ${LARGE_ACCOUNT.email} / ${LARGE_ACCOUNT.password}`);
} finally {
	await vite.close();
}
