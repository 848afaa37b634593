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
 * Reads (`SELECT …`, `PRAGMA name`, read transactions and batches) never wait: in WAL they do not block or get
 * blocked. Other processes on the same file are still met by SQLite's busy timeout.
 *
 * A writer that waits longer than `timeoutMs` fails like SQLite would (SQLITE_BUSY) rather than
 * hang — e.g. code that writes through `db` instead of `tx` inside its own transaction.
 */
export function gateWrites(client: Client, timeoutMs: number): Client {
	const turns = new Turns(timeoutMs);
	const gated = async <T>(run: () => Promise<T>) => {
		const release = await turns.take();
		try {
			return await run();
		} finally {
			release();
		}
	};
	const overrides: Partial<Client> = {
		execute: ((stmt: InStatement | string, args?: never) =>
			isRead(stmt)
				? client.execute(stmt as string, args)
				: gated(() => client.execute(stmt as string, args))) as Client['execute'],
		batch: (stmts, mode) =>
			mode === 'read' ? client.batch(stmts, mode) : gated(() => client.batch(stmts, mode)),
		migrate: (stmts) => gated(() => client.migrate(stmts)),
		executeMultiple: (sql) => gated(() => client.executeMultiple(sql)),
		transaction: (async (mode?: TransactionMode) => {
			if (mode === 'read') return client.transaction(mode);
			const release = await turns.take();
			try {
				return holdUntilSettled(await client.transaction(mode), release);
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
					new LibsqlError(
						`waited ${this.timeoutMs} ms for this process's other writers (is a write made outside its transaction?)`,
						'SQLITE_BUSY'
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
