import {
	LibsqlError,
	type Client,
	type InStatement,
	type Transaction,
	type TransactionMode
} from '@libsql/client';

/**
 * The embedded client runs SQLite synchronously on the event loop, each call and each transaction
 * on a pooled connection of its own. While one request's transaction holds the write lock across
 * an `await`, another request's write (a plain `execute`, a `batch`, a second transaction) would
 * wait for that lock in SQLite's busy handler — blocking the very thread that has to commit the
 * first. The process froze for the busy timeout, then failed with "database is locked".
 *
 * So within one process, writers take turns here, first come first served: a transaction holds
 * its turn until it commits or rolls back; any other write waits for the turn, then runs.
 * Reads (`SELECT …`, `PRAGMA name`, read transactions and batches) never wait: in WAL they do not
 * block or get blocked.
 *
 * Another process on the same file (a second app process, a script, the sqlite3 shell) is met by
 * SQLite's busy timeout, which waits *synchronously*: the whole process stands still while it
 * waits. So that timeout is kept short (client.ts), and a write that still finds the file locked
 * is tried again here, after an asynchronous pause that grows (the event loop serves everyone
 * else meanwhile), holding its turn so this process's writers keep their order.
 *
 * A writer that has not got through within `timeoutMs` — waiting for its turn and retrying
 * together — fails with a `DatabaseBusyError` (SQLITE_BUSY) rather than hang: the app answers 503
 * (hooks.server.ts). Within one process that also catches code that writes through `db` instead
 * of `tx` inside its own transaction.
 *
 * After every refusal the client's connections are replaced (`reconnect`). The libsql binding
 * (0.5.29) leaves a statement refused with SQLITE_BUSY in progress, and its pooled connection
 * goes back to the pool that way: the next autocommit write on it is never committed (it holds
 * the write lock for good) and every COMMIT on it fails with "SQL statements in progress"
 * (tursodatabase/libsql-client-ts#352, fix pending in libsql-js#238). We hold the write turn
 * while this happens, so no write transaction of ours is open; a read caught by the swap is
 * tried once more.
 */
export function gateWrites(client: Client, timeoutMs: number): Client {
	const turns = new Turns(timeoutMs);
	let closed = false;
	const replaceConnections = () => void client.reconnect();
	const refusedOnce = <T>(run: () => Promise<T>) =>
		run().catch((error: unknown) => {
			if (isDatabaseBusy(error)) replaceConnections();
			throw error;
		});
	const gated = async <T>(run: () => Promise<T>, retry = true) => {
		const deadline = Date.now() + timeoutMs;
		const release = await turns.take();
		try {
			return retry
				? await retryWhileBusy(run, deadline, replaceConnections)
				: await refusedOnce(run);
		} finally {
			release();
		}
	};
	const read = <T>(run: () => Promise<T>) =>
		run().catch((error: { code?: string }) => {
			if (error?.code === 'CLIENT_CLOSED' && !closed) return run();
			throw error;
		});
	const overrides: Partial<Client> = {
		execute: ((stmt: InStatement | string, args?: never) =>
			isRead(stmt)
				? read(() => client.execute(stmt as string, args))
				: gated(() => client.execute(stmt as string, args))) as Client['execute'],
		batch: (stmts, mode) =>
			mode === 'read'
				? read(() => client.batch(stmts, mode))
				: gated(() => client.batch(stmts, mode)),
		close: () => {
			closed = true;
			client.close();
		},
		migrate: (stmts) => gated(() => client.migrate(stmts)),
		// Not retried: its statements run one by one outside a transaction, so a failure midway
		// leaves the first ones applied.
		executeMultiple: (sql) => gated(() => client.executeMultiple(sql), false),
		transaction: (async (mode?: TransactionMode) => {
			if (mode === 'read') return read(() => client.transaction(mode));
			const deadline = Date.now() + timeoutMs;
			const release = await turns.take();
			try {
				// A write transaction begins IMMEDIATE: the lock is taken (or refused) at BEGIN, so
				// BEGIN is what is retried; once begun, nobody else can hold it up.
				const tx = await retryWhileBusy(
					() => client.transaction(mode),
					deadline,
					replaceConnections
				);
				return holdUntilSettled(tx, release);
			} catch (error) {
				release();
				throw error;
			}
		}) as Client['transaction']
	};
	return new Proxy(client, {
		get(target, key) {
			if (key in overrides) return overrides[key as keyof Client];
			// The client keeps its state in #private fields: its methods must run on the client itself.
			const value = Reflect.get(target, key, target);
			return typeof value === 'function' ? value.bind(target) : value;
		}
	});
}

/**
 * A write that did not get the database's write lock in time: another writer (usually another
 * process) held it throughout. Nothing was written; trying again later may succeed.
 */
export class DatabaseBusyError extends LibsqlError {
	constructor(message: string, cause?: Error) {
		super(message, 'SQLITE_BUSY', 'SQLITE_BUSY', 5, cause);
		this.name = 'DatabaseBusyError';
	}
}

/** Whether an error (or what it wraps: drizzle wraps the driver's error) is SQLITE_BUSY. */
export function isDatabaseBusy(error: unknown): boolean {
	for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
		if ((e as { code?: unknown }).code === 'SQLITE_BUSY') return true;
	}
	return false;
}

/** First pause after a busy attempt, and the longest one, in ms (each attempt doubles it). */
const FIRST_PAUSE_MS = 10;
const LONGEST_PAUSE_MS = 250;

/**
 * Runs `attempt` until it is not refused as busy, calling `onBusy` after each refusal. Between
 * attempts the event loop is free: the pause is a timer. After `deadline` (epoch ms) a last
 * refusal becomes a `DatabaseBusyError`.
 */
export async function retryWhileBusy<T>(
	attempt: () => Promise<T>,
	deadline: number,
	onBusy: () => void = () => {}
): Promise<T> {
	for (let pause = FIRST_PAUSE_MS; ; pause = Math.min(pause * 2, LONGEST_PAUSE_MS)) {
		try {
			return await attempt();
		} catch (error) {
			if (!isDatabaseBusy(error)) throw error;
			onBusy();
			const left = deadline - Date.now();
			if (left <= 0) {
				throw new DatabaseBusyError(
					'the database stayed locked by another connection',
					error as Error
				);
			}
			// Jitter, so writers of several processes do not retry in step.
			const wait = Math.min(left, pause * (0.5 + Math.random() / 2));
			await new Promise((resolve) => setTimeout(resolve, wait));
		}
	}
}

/** Statements that cannot write: queries, query plans, and pragmas read without an argument. */
const READ = /^\s*(select\b|explain\b|pragma\s+[\w.]+\s*(?:;\s*)?$)/i;

function isRead(stmt: InStatement | string) {
	return READ.test(typeof stmt === 'string' ? stmt : stmt.sql);
}

/** The transaction gives its turn back however it ends: commit, rollback or close. */
function holdUntilSettled(tx: Transaction, release: () => void): Transaction {
	const ends: Partial<Transaction> = {
		commit: () => tx.commit().finally(release),
		rollback: () => tx.rollback().finally(release),
		close: () => {
			try {
				tx.close();
			} finally {
				release();
			}
		}
	};
	return new Proxy(tx, {
		get(target, key) {
			if (key in ends) return ends[key as keyof Transaction];
			const value = Reflect.get(target, key, target);
			return typeof value === 'function' ? value.bind(target) : value;
		}
	});
}

/** A first-come-first-served lock whose waiters give up after `timeoutMs`. */
class Turns {
	#last: Promise<void> = Promise.resolve();

	constructor(readonly timeoutMs: number) {}

	take(): Promise<() => void> {
		let release!: () => void;
		const done = new Promise<void>((resolve) => (release = once(resolve)));
		const previous = this.#last;
		this.#last = previous.then(() => done);
		return new Promise((resolve, reject) => {
			let waiting = true;
			const timer = setTimeout(() => {
				waiting = false;
				reject(
					new DatabaseBusyError(
						`waited ${this.timeoutMs} ms for this process's other writers (is a write made outside its transaction?)`
					)
				);
			}, this.timeoutMs);
			previous.then(() => {
				clearTimeout(timer);
				// Gave up meanwhile: pass the turn straight on.
				if (waiting) resolve(release);
				else release();
			});
		});
	}
}

function once(fn: () => void) {
	let called = false;
	return () => {
		if (called) return;
		called = true;
		fn();
	};
}
