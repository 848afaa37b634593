// The bench's targets (issue 7) and its printed table.

const KB = 1024;

/** Every target with the measured value beside its limit, so a miss says by how much. */
export function checkTargets({ pages, javascript, monthData }) {
	const targets = [];
	const add = (name, value, limit, atMost) =>
		targets.push({
			name,
			value,
			limit,
			met: value !== null && (atMost ? value <= limit : value >= limit)
		});
	const byName = (name) => pages.find((p) => p.name === name);
	add('calendar week ≥ 0.25× floor', byName('calendar week').ratioToFloor, 0.25, false);
	for (const name of ['calendar month', 'creator board', 'dashboard']) {
		add(`${name} ≥ 0.10× floor`, byName(name).ratioToFloor, 0.1, false);
	}
	for (const page of pages.filter((p) => p.kind !== 'floor' && p.small)) {
		add(`${page.name}: large ÷ small latency ≤ 1.3`, page.largeOverSmallLatency, 1.3, true);
	}
	for (const page of pages.filter((p) => p.kind !== 'floor')) {
		add(`${page.name}: p99 at half saturation ≤ 150 ms`, page.large.halfLoad.p99, 150, true);
	}
	for (const js of javascript) {
		add(`${js.page}: first-load JS ≤ 80 KB compressed`, round(js.compressedBytes / KB), 80, true);
	}
	add(`month data for ${monthData.items} items ≤ 100 KB`, round(monthData.bytes / KB), 100, true);
	return targets;
}

const round = (n) => Math.round(n * 10) / 10;

export function printTable(results) {
	const { pages, javascript, monthData, machine, settings } = results;
	console.log(
		`\n${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}; ` +
			`${settings.seconds} s a run, ${settings.connections} connections, best of ${settings.rounds ?? 1} rounds`
	);
	const rows = pages.map((p) => ({
		page: p.name,
		'req/s': p.large.requestsPerSecond,
		'p50 ms': p.large.latency.p50,
		'p99 ms': p.large.latency.p99,
		KB: round(p.large.bytes / KB),
		'× floor': p.ratioToFloor,
		'small req/s': p.small?.requestsPerSecond ?? '',
		'small p50': p.small?.latency.p50 ?? '',
		'large÷small': p.largeOverSmallLatency ?? '',
		'½-load p99': p.large.halfLoad.p99
	}));
	console.log('\nLarge database (agency), small database (one brand of the same shape):');
	console.table(rows);
	console.log('\nJavaScript loaded on first visit (compressed as sent):');
	console.table(
		javascript.map((j) => ({
			page: j.page,
			files: j.files,
			'KB sent': round(j.compressedBytes / KB),
			'KB raw': round(j.rawBytes / KB)
		}))
	);
	console.log(
		`\nMonth view data for ${monthData.items} items: ${round(monthData.bytes / KB)} KB ` +
			`(${round(monthData.gzip / KB)} KB gzipped)`
	);
	console.log('\nTargets:');
	for (const t of results.targets) {
		console.log(`  ${t.met ? 'met   ' : 'MISSED'} ${t.name}: ${t.value} (limit ${t.limit})`);
	}
}
