/**
 * The reliability suites' workload: one agency workspace whose members plan content and run
 * outreach at the same time, through the app's real forms. Every write the server acknowledges
 * goes into a ledger, which is then held against the database.
 */
import type { Client } from '@libsql/client';
import { checkMove, EXITS, STAGES, type Stage } from '../../src/lib/domain/pipeline';
import { LoadClient, random, Tally, type Answer } from './load';

export type Kind =
	'item-create' | 'series-create' | 'item-move' | 'item-edit' | 'collab-create' | 'collab-move';

type ItemState = {
	title: string;
	status: string;
	channel_id: string | null;
	scheduled_date: string | null;
	scheduled_time: string | null;
};
type CollabState = { stage: Stage };

/** A row some client created (or the arrangement did), with every acknowledged write to it. */
type Row<State> = {
	id: string;
	brandId: string;
	created: State;
	/** Acknowledged writes: the version each one produced and the columns it set. */
	writes: { version: number; kind: Kind; patch: Partial<State> }[];
};

export type Brand = { id: string; channelIds: string[] };

export type Fixture = {
	workspaceId: string;
	brands: Brand[];
	creatorIds: string[];
	clients: LoadClient[];
};

/** Everything acknowledged, and how each kind of write was answered. */
export class Ledger {
	items = new Map<string, Row<ItemState>>();
	collabs = new Map<string, Row<CollabState>>();
	/** Recurring series: the title of its items and how many the rule makes. */
	series: { brandId: string; title: string; count: number }[] = [];
	acks = new Map<Kind, number>();
	conflicts = new Map<Kind, number>();
	/** Answers that are neither a success nor a version conflict: each one is a failure. */
	unexpected: string[] = [];
	/** Writes whose answer never came (the server died under them); they may or may not be stored. */
	inDoubt = 0;
	/** The first rows created: every client writes to these, so their versions collide. */
	hot = { items: [] as string[], collabs: [] as string[] };

	ack(kind: Kind) {
		this.acks.set(kind, (this.acks.get(kind) ?? 0) + 1);
	}

	conflict(kind: Kind) {
		this.conflicts.set(kind, (this.conflicts.get(kind) ?? 0) + 1);
	}

	acknowledged() {
		return [...this.acks.values()].reduce((a, b) => a + b, 0);
	}
}

let unique = 0;
/** Titles are unique across runs and processes, so a row is found by its title alone. */
export const uniqueTitle = (prefix: string) =>
	`${prefix} ${Date.now().toString(36)}-${process.pid}-${(unique += 1)}`;

const ITEM_STATUSES = ['idea', 'draft', 'in_review', 'approved', 'scheduled'] as const;
const MOVABLE_STAGES = [...STAGES.filter((s) => s !== 'paid'), ...EXITS] as Stage[];

function pickDate(rng: ReturnType<typeof random>) {
	// January to March 2027, away from the DST change in the brands' market zone (14 March).
	const day = new Date(Date.UTC(2027, 0, 1 + rng.int(70)));
	return day.toISOString().slice(0, 10);
}
const pickTime = (rng: ReturnType<typeof random>) =>
	`${String(8 + rng.int(12)).padStart(2, '0')}:${rng.pick(['00', '15', '30', '45'])}`;

const idAfter = (answer: Answer, segment: string) =>
	answer.location?.match(new RegExp(`/${segment}/([a-z0-9]+)`))?.[1] ?? null;

/**
 * An owner with `brands` brands (two channels each) and `creators` creators, and `members - 1`
 * editors who sign up at the same moment and join through invitation links. Given several base
 * URLs (app servers sharing one database), the members are dealt out over them in turn.
 */
export async function arrangeWorkspace(
	target: string | string[],
	tally: Tally,
	opts: { members: number; brands: number; creators: number }
): Promise<Fixture> {
	const baseURLs = [target].flat();
	const tag = `${Date.now().toString(36)}${process.pid}`;
	const { client: owner, workspaceId } = await LoadClient.signUp(
		baseURLs[0],
		tally,
		'Owner',
		`owner-${tag}@example.test`
	);
	const ws = `/w/${workspaceId}`;
	const brands: Brand[] = [];
	for (let b = 0; b < opts.brands; b += 1) {
		const made = await owner.post(`${ws}/brands/new?/save`, {
			name: `Stress brand ${b + 1}`,
			niche: 'chew toys for large dogs',
			targetMarkets: 'US',
			homeTimeZone: 'Asia/Shanghai',
			marketTimeZone: 'America/New_York',
			currency: 'USD',
			colour: '#166534'
		});
		const id = idAfter(made, 'brands');
		if (!id) throw new Error(`brand not created: ${made.status} ${made.text.slice(0, 300)}`);
		for (const kind of ['email', 'instagram']) {
			await owner.post(`${ws}/brands/${id}/channels/new`, {
				kind,
				label: '',
				handle: '',
				weeklyCadence: 3,
				timeZone: 'America/New_York'
			});
		}
		const { data } = await owner.pageData(`${ws}/brands/${id}/calendar`);
		const channels = (data?.channels ?? []) as { id: string }[];
		if (channels.length !== 2) throw new Error(`brand ${id} has ${channels.length} channels`);
		brands.push({ id, channelIds: channels.map((c) => c.id) });
	}
	const creatorIds: string[] = [];
	for (let c = 0; c < opts.creators; c += 1) {
		const made = await owner.post(`${ws}/creators/new`, {
			name: `Creator ${c + 1}`,
			platform: 'tiktok',
			handle: `@stress_${tag}_${c}`
		});
		const id = idAfter(made, 'creators');
		if (!id) throw new Error(`creator not created: ${made.status} ${made.text.slice(0, 300)}`);
		creatorIds.push(id);
	}
	const invites: string[] = [];
	for (let m = 1; m < opts.members; m += 1) {
		const answer = await owner.action(`${ws}/members?/invite`, { role: 'editor', email: '' });
		const link = String(answer.result?.data?.inviteLink ?? '');
		const path = link.match(/\/invite\/[a-z0-9]+$/)?.[0];
		if (!path) throw new Error(`no invitation link: ${answer.status} ${answer.text.slice(0, 300)}`);
		invites.push(path);
	}
	// Everyone arrives at once: concurrent sign-ups are writers too.
	const members = await Promise.all(
		invites.map(async (path, i) => {
			const name = `Member ${i + 1}`;
			const baseURL = baseURLs[(i + 1) % baseURLs.length];
			const { client } = await LoadClient.signUp(baseURL, tally, name, `m${i}-${tag}@example.test`);
			const accepted = await client.post(`${path}?/accept`, {});
			if (accepted.status !== 303) throw new Error(`${name} could not join: ${accepted.status}`);
			return client;
		})
	);
	return { workspaceId, brands, creatorIds, clients: [owner, ...members] };
}

/** What one client believes about a row: the version it last saw, and the state then. */
type Seen = { version: number; stage?: Stage };

/**
 * `clients` members of the fixture's workspace, each in a loop until `until()` says stop: create,
 * move and edit items, create recurring series, start collaborations and move them between
 * stages. Half of the edits go to a small set of hot rows every client shares, so versions
 * collide; a 409 is a legitimate answer and the client reloads the row, as a person would.
 */
export async function runWriters(
	fixture: Fixture,
	ledger: Ledger,
	opts: { until: () => boolean; seed: number }
) {
	const ws = `/w/${fixture.workspaceId}`;
	const { hot } = ledger;

	async function client(http: LoadClient, index: number) {
		const rng = random(opts.seed + index * 7919);
		const seen = new Map<string, Seen>();
		const base = (brandId: string) => `${ws}/brands/${brandId}`;
		const forget = (id: string) => seen.delete(id);
		/** A row picked for a write: a hot one half of the time, else any acknowledged one. */
		const pickRow = <S>(rows: Map<string, Row<S>>, hotIds: string[]) => {
			if (hotIds.length && rng.next() < 0.5) return rows.get(rng.pick(hotIds)) ?? null;
			const all = [...rows.values()];
			return all.length ? all[rng.int(all.length)] : null;
		};
		/** Records an answer that is neither an acknowledgement nor a conflict. */
		const other = (kind: Kind, answer: Answer) => {
			if (answer.status === 0) ledger.inDoubt += 1;
			else ledger.unexpected.push(`${kind} → ${answer.status} ${answer.text.slice(0, 200)}`);
		};

		async function createItem(repeat: boolean) {
			const brand = rng.pick(fixture.brands);
			const kind: Kind = repeat ? 'series-create' : 'item-create';
			const state: ItemState = {
				title: uniqueTitle(repeat ? 'Series' : 'Item'),
				status: rng.pick(ITEM_STATUSES),
				channel_id: rng.pick(brand.channelIds),
				scheduled_date: pickDate(rng),
				scheduled_time: pickTime(rng)
			};
			const recurrence: Record<string, string | number> = repeat
				? { repeat: 'daily', repeatInterval: 1, repeatEnds: 'count', repeatCount: 3 }
				: {};
			const answer = await http.post(`${base(brand.id)}/calendar/items/new`, {
				title: state.title,
				status: state.status,
				format: 'short_video',
				channelId: state.channel_id!,
				scheduledDate: state.scheduled_date!,
				scheduledTime: state.scheduled_time!,
				...recurrence
			});
			const id = idAfter(answer, 'items');
			if (answer.status !== 303 || !id) return other(kind, answer);
			ledger.ack(kind);
			if (repeat) ledger.series.push({ brandId: brand.id, title: state.title, count: 3 });
			else ledger.items.set(id, { id, brandId: brand.id, created: state, writes: [] });
			seen.set(id, { version: 1 });
			if (hot.items.length < 6) hot.items.push(id);
		}

		/** The version of a row as its page shows it now (a person reloading after a conflict). */
		async function reload(path: string, key: 'item' | 'collaboration') {
			const { answer, data } = await http.pageData(path);
			const row = data?.[key] as { version: number; stage?: Stage } | undefined;
			if (row) return { version: row.version, stage: row.stage };
			if (answer.status !== 0) ledger.unexpected.push(`reload ${path} → ${answer.status}`);
			return null;
		}

		async function writeItem(edit: boolean) {
			const row = pickRow(ledger.items, hot.items);
			if (!row) return createItem(false);
			const kind: Kind = edit ? 'item-edit' : 'item-move';
			const path = `${base(row.brandId)}/calendar`;
			const known = seen.get(row.id) ?? (await reload(`${path}/items/${row.id}`, 'item'));
			if (!known) return;
			const brand = fixture.brands.find((b) => b.id === row.brandId)!;
			const channelId = rng.pick(brand.channelIds);
			const date = pickDate(rng);
			const time = pickTime(rng);
			let answer: Answer;
			let patch: Partial<ItemState>;
			if (edit) {
				patch = { title: uniqueTitle('Edited'), status: rng.pick(ITEM_STATUSES) };
				answer = await http.action(`${path}/items/${row.id}?/save`, {
					title: patch.title!,
					status: patch.status!,
					format: 'carousel',
					channelId,
					scheduledDate: date,
					scheduledTime: time,
					version: known.version,
					seriesScope: 'one'
				});
				const form = answer.result?.data?.form as
					{ data: { version: number; scheduledTime: string } } | undefined;
				if (answer.result?.type === 'success' && form) {
					const { version, scheduledTime } = form.data;
					Object.assign(patch, {
						channel_id: channelId,
						scheduled_date: date,
						scheduled_time: scheduledTime
					});
					return saved(row, kind, version, patch);
				}
				// A conflict answers with what is stored now, version included.
				if (answer.status === 200 && answer.result?.status === 409 && form) {
					ledger.conflict(kind);
					seen.set(row.id, { version: form.data.version });
					return;
				}
			} else {
				answer = await http.action(`${path}?/move`, {
					itemId: row.id,
					version: known.version,
					date,
					time,
					channelId,
					enhanced: '1'
				});
				const move = answer.result?.data?.move as
					| { ok: boolean; version: number; reason?: string; to: { date: string; time: string } }
					| undefined;
				if (answer.result?.type === 'success' && move?.ok) {
					patch = {
						channel_id: channelId,
						scheduled_date: move.to.date,
						scheduled_time: move.to.time
					};
					return saved(row, kind, move.version, patch);
				}
				if (answer.result?.status === 409 && move?.reason === 'conflict') {
					ledger.conflict(kind);
					forget(row.id);
					return;
				}
			}
			forget(row.id);
			other(kind, answer);
		}

		function saved<S>(row: Row<S>, kind: Kind, version: number, patch: Partial<S>) {
			ledger.ack(kind);
			row.writes.push({ version, kind, patch });
			seen.set(row.id, { version, stage: (patch as { stage?: Stage }).stage });
		}

		async function createCollab() {
			const brand = rng.pick(fixture.brands);
			const answer = await http.post(`${base(brand.id)}/outreach/new`, {
				creatorId: rng.pick(fixture.creatorIds),
				currency: 'USD',
				fee: String(100 + rng.int(900)),
				productGiven: '',
				brief: 'A morning stretch routine on the mat.',
				campaignId: '',
				ownerId: ''
			});
			const id = idAfter(answer, 'outreach');
			if (answer.status !== 303 || !id) return other('collab-create', answer);
			ledger.ack('collab-create');
			ledger.collabs.set(id, {
				id,
				brandId: brand.id,
				created: { stage: 'prospect' },
				writes: []
			});
			seen.set(id, { version: 1, stage: 'prospect' });
			if (hot.collabs.length < 6) hot.collabs.push(id);
		}

		async function moveCollab() {
			const row = pickRow(ledger.collabs, hot.collabs);
			if (!row) return createCollab();
			const path = `${base(row.brandId)}/outreach`;
			const known = seen.get(row.id) ?? (await reload(`${path}/${row.id}`, 'collaboration'));
			if (!known?.stage) return;
			const targets = MOVABLE_STAGES.filter((to) => checkMove(known.stage!, to).ok);
			if (!targets.length) return;
			const stage = rng.pick(targets);
			const answer = await http.action(`${path}?/move`, {
				collaborationId: row.id,
				version: known.version,
				stage,
				enhanced: '1'
			});
			const move = answer.result?.data?.move as
				{ ok: boolean; version: number; reason?: string } | undefined;
			if (answer.result?.type === 'success' && move?.ok) {
				return saved(row, 'collab-move', move.version, { stage });
			}
			forget(row.id);
			if (answer.result?.status === 409 && move?.reason === 'conflict') {
				return ledger.conflict('collab-move');
			}
			other('collab-move', answer);
		}

		const ops: [number, () => Promise<unknown>][] = [
			[22, () => createItem(false)],
			[3, () => createItem(true)],
			[25, () => writeItem(false)],
			[20, () => writeItem(true)],
			[10, () => createCollab()],
			[20, () => moveCollab()]
		];
		const total = ops.reduce((sum, [w]) => sum + w, 0);
		// Each client's first write is of kind `index`, so every kind is tried however short the run.
		let op = ops[index % ops.length];
		while (!opts.until()) {
			await op[1]();
			let roll = rng.next() * total;
			op = ops.find(([w]) => (roll -= w) < 0) ?? ops[0];
		}
	}

	await Promise.all(fixture.clients.map((http, i) => client(http, i)));
}

/**
 * Holds the ledger against the database. `complete`: every request was answered, so the stored
 * version of a row is exactly 1 + its acknowledged writes and its columns are those writes
 * applied in order. Otherwise (a server was killed) unanswered writes may have landed too, so a
 * row may be newer than the ledger knows but never older. Either way two acknowledgements may
 * never claim the same version of a row: that would be an edit silently overwritten.
 */
export async function checkLedger(ledger: Ledger, db: Client, opts: { complete: boolean }) {
	const problems: string[] = [];
	const items = await rowsById(
		db,
		'SELECT id, brand_id, title, status, channel_id, scheduled_date, scheduled_time, version FROM content_items WHERE id IN',
		[...ledger.items.keys()]
	);
	for (const row of ledger.items.values()) {
		checkRow(row, items.get(row.id), opts.complete, problems, 'item');
	}
	const collabs = await rowsById(
		db,
		`SELECT c.id, c.brand_id, c.stage, c.version,
			(SELECT count(*) FROM collaboration_events e WHERE e.collaboration_id = c.id AND e.kind = 'stage') AS moves,
			(SELECT count(*) FROM collaboration_events e WHERE e.collaboration_id = c.id AND e.kind = 'created') AS created
		FROM collaborations c WHERE c.id IN`,
		[...ledger.collabs.keys()]
	);
	for (const row of ledger.collabs.values()) {
		const stored = collabs.get(row.id);
		checkRow(row, stored, opts.complete, problems, 'collaboration');
		if (!stored) continue;
		const moves = Number(stored.moves);
		if (Number(stored.created) !== 1) problems.push(`collaboration ${row.id}: no 'created' event`);
		if (opts.complete ? moves !== row.writes.length : moves < row.writes.length) {
			problems.push(`collaboration ${row.id}: ${moves} stage events, ${row.writes.length} acked`);
		}
	}
	for (const series of ledger.series) {
		const rs = await db.execute({
			sql: 'SELECT count(*) AS n, count(DISTINCT series_id) AS s FROM content_items WHERE brand_id = ? AND title = ?',
			args: [series.brandId, series.title]
		});
		const { n, s } = rs.rows[0];
		if (Number(n) !== series.count || Number(s) !== 1) {
			problems.push(
				`series "${series.title}": ${n} items in ${s} series, ${series.count} expected`
			);
		}
	}
	return problems;
}

async function rowsById(db: Client, select: string, ids: string[]) {
	const found = new Map<string, Record<string, unknown>>();
	// Chunks stay under SQLite's limit on bound parameters.
	for (let i = 0; i < ids.length; i += 500) {
		const chunk = ids.slice(i, i + 500);
		const rs = await db.execute({
			sql: `${select} (${chunk.map(() => '?').join(', ')})`,
			args: chunk
		});
		for (const row of rs.rows) found.set(String(row.id), { ...row });
	}
	return found;
}

function checkRow<S extends object>(
	row: Row<S>,
	stored: Record<string, unknown> | undefined,
	complete: boolean,
	problems: string[],
	what: string
) {
	const name = `${what} ${row.id}`;
	if (!stored) return problems.push(`${name}: acknowledged but not stored`);
	if (stored.brand_id !== row.brandId) problems.push(`${name}: in brand ${stored.brand_id}`);
	const versions = row.writes.map((w) => w.version).sort((a, b) => a - b);
	const twice = versions.filter((v, i) => versions[i - 1] === v);
	if (twice.length) problems.push(`${name}: versions ${twice} acknowledged twice (lost update)`);
	const stored_version = Number(stored.version);
	const last = versions.at(-1) ?? 1;
	if (complete ? stored_version !== 1 + row.writes.length : stored_version < last) {
		problems.push(`${name}: stored v${stored_version}, acknowledged ${row.writes.length} writes`);
	}
	// The columns: every write in version order (complete), or the last acknowledged one's own.
	if (stored_version !== last) return;
	const ordered = [...row.writes].sort((a, b) => a.version - b.version);
	const expected = complete
		? ordered.reduce<Partial<S>>((state, w) => ({ ...state, ...w.patch }), { ...row.created })
		: (ordered.at(-1)?.patch ?? row.created);
	for (const [column, value] of Object.entries(expected)) {
		if (stored[column] !== value) {
			problems.push(`${name}: ${column} is ${stored[column]}, acknowledged ${value}`);
		}
	}
}

/** The printed summary: the load phase's rate, then writes by kind. */
export function summarise(
	tally: Tally,
	ledger: Ledger,
	load: { requests: number; seconds: number }
) {
	const kinds = new Set([...ledger.acks.keys(), ...ledger.conflicts.keys()]);
	const byKind = [...kinds]
		.sort()
		.map(
			(k) =>
				`  ${k.padEnd(14)} acked ${ledger.acks.get(k) ?? 0}, conflicts (409) ${ledger.conflicts.get(k) ?? 0}`
		);
	const conflicts = [...ledger.conflicts.values()].reduce((a, b) => a + b, 0);
	const rate = (load.requests / load.seconds).toFixed(0);
	return [
		`load: ${load.requests} requests in ${load.seconds.toFixed(1)} s (${rate} req/s); all requests ${tally.requests}, by status ${JSON.stringify(tally.statuses())}`,
		`acknowledged writes ${ledger.acknowledged()}, conflicts ${conflicts}, unanswered writes ${ledger.inDoubt}`,
		...byKind
	].join('\n');
}
