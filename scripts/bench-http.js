// HTTP helpers of the bench: raw byte counts (what goes over the wire), sign-in, page scripts.
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { cpus, totalmem, type } from 'node:os';
import { gzipSync } from 'node:zlib';

/** One GET with the raw body kept as sent (no decompression). */
export function get(origin, path, headers = {}) {
	return new Promise((done, fail) => {
		const req = request(origin + path, { headers }, (res) => {
			const chunks = [];
			res.on('data', (chunk) => chunks.push(chunk));
			res.on('end', () =>
				done({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) })
			);
		});
		req.on('error', fail);
		req.end();
	});
}

export async function waitForHealth(origin, timeoutMs = 60_000) {
	const until = Date.now() + timeoutMs;
	while (Date.now() < until) {
		try {
			if ((await get(origin, '/health')).status === 200) return;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error(`${origin} did not become healthy`);
}

/** Signs in through the real form; returns the Cookie header for the session. */
export async function signIn(origin, { email, password }) {
	const body = new URLSearchParams({ email, password, redirectTo: '' }).toString();
	const answer = await new Promise((done, fail) => {
		const req = request(
			`${origin}/signin`,
			{
				method: 'POST',
				headers: {
					origin,
					accept: 'text/html',
					'content-type': 'application/x-www-form-urlencoded',
					'content-length': Buffer.byteLength(body)
				}
			},
			(res) => {
				res.resume();
				res.on('end', () => done(res));
			}
		);
		req.on('error', fail);
		req.end(body);
	});
	const cookies = (answer.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]);
	if (answer.statusCode !== 303 || !cookies.length) {
		throw new Error(`sign-in at ${origin} answered ${answer.statusCode}`);
	}
	return cookies.join('; ');
}

/** Status and size of one answer, as sent and as it would be gzipped. */
export async function measureBytes(server, path, signedIn) {
	const headers = signedIn ? { cookie: server.cookie, accept: 'text/html' } : {};
	const res = await get(server.origin, path, headers);
	return { status: res.status, bytes: res.body.length, gzip: gzipSync(res.body).length };
}

/**
 * The JavaScript a first visit to the page loads before it is interactive: the entry and the
 * route's chunks the HTML preloads or imports, each fetched as a browser would (brotli or gzip,
 * adapter-node serves precompressed files) and counted as sent.
 */
export async function javascriptOf(server, path) {
	const page = await get(server.origin, path, { cookie: server.cookie, accept: 'text/html' });
	const html = page.body.toString('utf8');
	const base = new URL(path, server.origin);
	const urls = new Set();
	// adapter-node's kit sends the route's chunks as `Link: <…>; rel="modulepreload"` headers;
	// other strategies write <link rel="modulepreload"> tags.
	for (const match of String(page.headers.link ?? '').matchAll(
		/<([^>]+)>;\s*rel="modulepreload"/g
	)) {
		urls.add(new URL(decodeURI(match[1]), base).pathname);
	}
	for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
		const href = tag.match(/\bhref="([^"]+)"/)?.[1];
		if (href && /\brel="modulepreload"/.test(tag)) urls.add(new URL(href, base).pathname);
	}
	for (const match of html.matchAll(/import\("([^"]+\.js)"\)/g)) {
		urls.add(new URL(match[1], base).pathname);
	}
	let compressed = 0;
	let raw = 0;
	for (const url of urls) {
		const sent = await get(server.origin, url, { 'accept-encoding': 'br, gzip' });
		if (sent.status !== 200) throw new Error(`${url} answered ${sent.status}`);
		compressed += sent.body.length;
		const plain = await get(server.origin, url);
		raw += plain.body.length;
	}
	return { files: urls.size, compressedBytes: compressed, rawBytes: raw };
}

/**
 * Latency at a steady rate: one request every 1/rate seconds whatever the answers do (open loop,
 * so a slow answer does not hold the next request back), over keep-alive connections, each
 * latency counted from when its request was due. autocannon's `overallRate` is not this: each
 * connection sends its quota for the second as fast as it can and then waits for the next second,
 * so half a second's requests queue at once and the p99 measures that burst (even `/health` at
 * half its rate showed a p99 of 300 ms).
 */
export async function pacedLoad(origin, path, headers, { rate, seconds }) {
	const agent = new Agent({ keepAlive: true, maxSockets: 256 });
	const total = Math.max(1, Math.round(rate * seconds));
	const interval = 1000 / rate;
	const latencies = [];
	let failures = 0;
	const answers = [];
	const start = performance.now();
	for (let i = 0; i < total; i++) {
		const due = start + i * interval;
		const wait = due - performance.now();
		if (wait >= 1) await sleep(wait);
		answers.push(
			timedGet(origin + path, headers, agent).then(
				(status) => {
					if (status !== 200) failures += 1;
					latencies.push(performance.now() - due);
				},
				() => (failures += 1)
			)
		);
	}
	await Promise.all(answers);
	const elapsed = (performance.now() - start) / 1000;
	agent.destroy();
	latencies.sort((a, b) => a - b);
	const at = (q) =>
		Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0);
	return {
		rate,
		achieved: Math.round(total / elapsed),
		requests: total,
		failures,
		p50: at(0.5),
		p99: at(0.99)
	};
}

function timedGet(url, headers, agent) {
	return new Promise((done, fail) => {
		const req = request(url, { headers, agent }, (res) => {
			res.resume();
			res.on('end', () => done(res.statusCode));
		});
		req.on('error', fail);
		req.end();
	});
}

export function machine() {
	const list = cpus();
	return {
		os: type(),
		cpu: list[0]?.model ?? 'unknown',
		cores: list.length,
		memoryGiB: Math.round(totalmem() / 2 ** 30),
		node: process.version
	};
}
