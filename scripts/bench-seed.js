// The bench's two databases, seeded through Vite so the TypeScript seed runs as is.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSsrLoader } from './ssr-loader.js';

const BUSY_ITEMS = 2_000;

/**
 * `large`: the agency (seed-large's AGENCY scale) plus a launch brand with 2,000 items in the
 * current month. `small`: one brand of the same shape (a brand's items, collaborations and
 * metrics as dense as in the agency, 1/50 of everything), so large ÷ small compares the same
 * page over 50× the stored data.
 */
export async function seedDatabases(dir, { reuse }) {
	const metaFile = join(dir, 'bench-databases.json');
	if (reuse && existsSync(metaFile)) {
		console.log(`reusing the databases in ${dir}`);
		return JSON.parse(readFileSync(metaFile, 'utf8'));
	}
	const vite = await createSsrLoader();
	try {
		const load = (path) => vite.ssrLoadModule(path);
		const modules = {
			client: await load('/src/lib/server/db/client.ts'),
			seed: await load('/src/lib/server/seed/seed-large.ts'),
			crypto: await load('/src/lib/server/crypto.ts'),
			schema: await load('/src/lib/server/db/schema/index.ts'),
			time: await load('/src/lib/domain/zoned-time.ts')
		};
		const { AGENCY } = modules.seed;
		const perBrand = (n) => Math.round(n / AGENCY.brands);
		const small = { ...AGENCY, brands: 1, creators: perBrand(AGENCY.creators) };
		small.collaborations = perBrand(AGENCY.collaborations);
		const seeded = {
			large: await seedOne(modules, join(dir, 'large.db'), AGENCY, BUSY_ITEMS),
			small: await seedOne(modules, join(dir, 'small.db'), small, 0)
		};
		writeFileSync(metaFile, JSON.stringify(seeded, null, '\t'));
		return seeded;
	} finally {
		await vite.close();
	}
}

async function seedOne({ client, seed, crypto, schema, time }, file, scale, busyItems) {
	for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
	const handle = client.openDatabase(`file:${file}`);
	await client.prepareDatabase(handle);
	const started = performance.now();
	const summary = await seed.seedLarge(handle, scale);
	const brandId = summary.brandIds[0];
	const zone = (
		await handle.client.execute({
			sql: 'SELECT market_time_zone FROM brands WHERE id = ?',
			args: [brandId]
		})
	).rows[0].market_time_zone;
	const week = time.today(String(zone));
	const busyMonth = `${week.slice(0, 7)}-01`;
	const busyBrandId = busyItems
		? await seed.seedBusyMonth(handle, summary, { items: busyItems, month: week.slice(0, 7) })
		: null;
	// A subscribe link as the app makes one (only the hash is stored; queries/feeds.ts imports
	// $lib paths this Vite server does not resolve).
	const feedToken = crypto.newToken();
	await handle.db.insert(schema.feedTokens).values({
		tokenHash: crypto.hashToken(feedToken),
		brandId,
		createdBy: summary.userId,
		createdAt: new Date()
	});
	handle.client.close();
	const seconds = ((performance.now() - started) / 1000).toFixed(1);
	console.log(`seeded ${file} in ${seconds} s: ${JSON.stringify(summary.counts)}`);
	return {
		file,
		counts: { ...summary.counts, busyMonthItems: busyItems },
		busyItems,
		account: seed.LARGE_ACCOUNT,
		monthDataPath: busyBrandId
			? `/w/${summary.workspaceId}/brands/${busyBrandId}/calendar/__data.json?view=month&week=${busyMonth}`
			: null,
		data: {
			workspaceId: summary.workspaceId,
			brandId,
			busyBrandId,
			busyMonth,
			week,
			feedToken
		}
	};
}
