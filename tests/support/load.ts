/**
 * Load driving over plain HTTP, for the reliability suites: signed-in clients that post the app's
 * real forms, and a tally of every answer. Nothing here knows where the server runs: the base URL
 * (and, for checks, the database URL) are parameters, so the same code drives one `node build`,
 * a server we crash on purpose, or several servers behind a balancer.
 */
import { unflatten } from 'devalue';

export const PASSWORD = 'a long enough passphrase';
const SESSION_COOKIE = 'freehold_session';

type Fields = Record<string, string | number | (string | number)[]>;

/** What one request came back with. `status` 0 = no answer (connection refused or cut). */
export type Answer = {
	status: number;
	location: string | null;
	/** The action result for JSON posts ({ type, status, data }), or the text of the body. */
	result: ActionResult | null;
	text: string;
};

export type ActionResult = {
	type: 'success' | 'failure' | 'redirect' | 'error';
	status: number;
	data: Record<string, unknown>;
	location?: string;
};

/** Counts every answer; 5xx and "database is locked" are kept whole, for the report. */
export class Tally {
	requests = 0;
	/** Requests that got no answer (the server was killed under them). */
	unanswered = 0;
	byStatus = new Map<number, number>();
	serverErrors: string[] = [];
	locked: string[] = [];

	record(method: string, path: string, answer: Answer) {
		this.requests += 1;
		if (answer.status === 0) this.unanswered += 1;
		this.byStatus.set(answer.status, (this.byStatus.get(answer.status) ?? 0) + 1);
		const line = `${method} ${path} → ${answer.status} ${answer.text.slice(0, 300)}`;
		if (answer.status >= 500) this.serverErrors.push(line);
		if (/database is locked|SQLITE_BUSY/i.test(answer.text)) this.locked.push(line);
	}

	statuses() {
		return Object.fromEntries([...this.byStatus].sort(([a], [b]) => a - b));
	}
}

/**
 * One person in a browser: a cookie jar and the Origin header the app's CSRF check wants. Posts
 * are either plain form posts (`accept: text/html`, redirects not followed, as a browser without
 * JavaScript) or enhanced ones that get SvelteKit's JSON action result.
 */
export class LoadClient {
	#cookies = new Map<string, string>();

	constructor(
		readonly baseURL: string,
		readonly tally: Tally,
		readonly name = 'client'
	) {}

	/** Signs up over the real form; returns the client and the workspace it landed in. */
	static async signUp(baseURL: string, tally: Tally, name: string, email: string) {
		const client = new LoadClient(baseURL, tally, name);
		const answer = await client.post('/signup', {
			name,
			email,
			password: PASSWORD,
			timeZone: 'Europe/Berlin',
			redirectTo: ''
		});
		const workspaceId = answer.location?.match(/^\/w\/([a-z0-9]+)$/)?.[1];
		if (answer.status !== 303 || !workspaceId) {
			throw new Error(
				`sign-up of ${email} answered ${answer.status}: ${answer.text.slice(0, 300)}`
			);
		}
		return { client, workspaceId };
	}

	/** A plain form post; the answer's `location` holds a 303's target. */
	post(path: string, fields: Fields) {
		return this.#send('POST', path, encode(fields), { accept: 'text/html' });
	}

	/** An enhanced form post: the answer's `result` is the decoded action result. */
	async action(path: string, fields: Fields) {
		const headers = { accept: 'application/json', 'x-sveltekit-action': 'true' };
		const answer = await this.#send('POST', path, encode(fields), headers);
		if (answer.text.startsWith('{')) {
			const raw = JSON.parse(answer.text) as ActionResult & { data?: string };
			answer.result = { ...raw, data: raw.data ? (unflatten(JSON.parse(raw.data)) as never) : {} };
		}
		return answer;
	}

	/**
	 * A page's load data, as the app's client router fetches it (`__data.json`): every node's data
	 * merged into one object, the page's own keys last.
	 */
	async pageData(path: string) {
		const answer = await this.#send('GET', `${path.replace(/\/$/, '')}/__data.json`, undefined, {});
		if (answer.status !== 200) return { answer, data: null };
		const body = JSON.parse(answer.text) as { nodes: ({ type: string; data: unknown[] } | null)[] };
		const data: Record<string, unknown> = {};
		for (const node of body.nodes) {
			if (node?.type === 'data') Object.assign(data, unflatten(node.data));
		}
		return { answer, data };
	}

	async #send(method: string, path: string, body: string | undefined, headers: Fields) {
		let answer: Answer;
		try {
			const response = await fetch(new URL(path, this.baseURL), {
				method,
				body,
				redirect: 'manual',
				headers: {
					...(headers as Record<string, string>),
					origin: this.baseURL,
					...(body === undefined ? {} : { 'content-type': 'application/x-www-form-urlencoded' }),
					cookie: [...this.#cookies].map(([k, v]) => `${k}=${v}`).join('; ')
				}
			});
			this.#keepCookies(response);
			answer = {
				status: response.status,
				location: response.headers.get('location'),
				result: null,
				text: await response.text()
			};
		} catch (error) {
			answer = { status: 0, location: null, result: null, text: String(error) };
		}
		this.tally.record(method, path, answer);
		return answer;
	}

	#keepCookies(response: Response) {
		for (const cookie of response.headers.getSetCookie()) {
			const [pair] = cookie.split(';');
			const [name, ...value] = pair.split('=');
			// Only the session matters; a deletion (empty value) signs the client out.
			if (name !== SESSION_COOKIE) continue;
			if (value.join('=')) this.#cookies.set(name, value.join('='));
			else this.#cookies.delete(name);
		}
	}
}

function encode(fields: Fields) {
	const body = new URLSearchParams();
	for (const [key, value] of Object.entries(fields)) {
		for (const v of Array.isArray(value) ? value : [value]) body.append(key, String(v));
	}
	return body.toString();
}

/** A small deterministic generator (mulberry32), so a failing run can be replayed from its seed. */
export function random(seed: number) {
	let state = seed >>> 0;
	const next = () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	return {
		next,
		int: (below: number) => Math.floor(next() * below),
		pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]
	};
}
