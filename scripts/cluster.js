// `npm run start:cluster`: Freehold past one process, on one machine. A libSQL server (sqld) on
// loopback with its data under ./data/cluster, N app processes (`node build`, default 3) on their
// own loopback ports pointing at it, and nginx in front spreading requests across them.
// Ctrl-C stops them all: the proxy first, then the apps, then the database.
//
//   npm run start:cluster                  # http://localhost:3000, 3 app processes
//   CLUSTER_APPS=2 PORT=8080 npm run start:cluster
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { BUILD_DIR, buildIfNeeded } from './build-if-needed.js';
import { appServerEnv, BODY_SIZE_LIMIT } from './server-env.js';
import { freePort, startSqld, waitUntilHealthy } from './sqld.js';

/**
 * Starts the whole cluster; resolves with its parts and a `stop()` once every app answers through
 * the proxy. Used by the script below and by the cluster tests.
 */
export async function startCluster({
	dir = resolve('data/cluster'),
	port,
	apps = 3,
	demo = true,
	quiet = false
} = {}) {
	const nginx = findNginx();
	const publicPort = port ?? (await freePort());
	const origin = `http://localhost:${publicPort}`;
	const stdio = quiet ? 'ignore' : 'inherit';
	const parts = { origin, sqld: null, apps: [], proxy: null, dir };
	const stop = async () => {
		if (parts.proxy) await parts.proxy.stop();
		await Promise.all(parts.apps.map((app) => app.stop()));
		if (parts.sqld) await parts.sqld.stop();
	};
	try {
		parts.sqld = await startSqld({ dir: join(dir, 'sqld'), stdio });
		const ports = [];
		for (let i = 0; i < apps; i++) ports.push(await freePort());
		// The first process applies the migrations and seeds the demo; the others then start
		// together and find nothing to do (they would also cope on their own: prepareDatabase).
		const start = (i) =>
			startApp({
				name: `app-${i + 1}`,
				port: ports[i],
				origin,
				databaseUrl: parts.sqld.url,
				demo: demo && i === 0,
				stdio
			});
		parts.apps.push(await start(0));
		parts.apps.push(...(await Promise.all(ports.slice(1).map((_, i) => start(i + 1)))));
		parts.proxy = await startProxy({ nginx, dir: join(dir, 'nginx'), publicPort, ports, stdio });
		return Object.assign(parts, {
			stop,
			/** SIGKILLs app `i` and starts it again on its port. */
			restartApp: (i) => restartApp(parts, i, start),
			/** Stops sqld and starts it again on the same data and port; the apps reconnect. */
			async restartSqld() {
				const { port: sqldPort } = parts.sqld;
				await parts.sqld.stop();
				parts.sqld = await startSqld({ dir: join(dir, 'sqld'), port: sqldPort, stdio });
				return parts.sqld;
			}
		});
	} catch (error) {
		await stop();
		throw error;
	}
}

/** The nginx binary (NGINX, on PATH, or Debian's /usr/sbin/nginx), or an error saying how to get one. */
export function findNginx() {
	for (const candidate of [process.env.NGINX, 'nginx', '/usr/sbin/nginx']) {
		if (!candidate) continue;
		try {
			execFileSync(candidate, ['-v'], { stdio: 'ignore' });
			return candidate;
		} catch {
			// not this one
		}
	}
	throw new Error(
		'start:cluster puts nginx in front of the app processes, and none was found. Install it with ' +
			'`sudo apt-get install -y nginx-light` (Debian/Ubuntu), or point NGINX at a binary.'
	);
}

async function startApp({ name, port, origin, databaseUrl, demo, stdio }) {
	const child = spawn(process.execPath, [BUILD_DIR], {
		stdio: ['ignore', stdio, stdio],
		env: appServerEnv({
			port,
			origin,
			databaseUrl,
			demo,
			// nginx is the one hop in front: rate limits count the client it saw, not nginx.
			extra: { FREEHOLD_INSTANCE: name, ADDRESS_HEADER: 'X-Forwarded-For', XFF_DEPTH: '1' }
		})
	});
	const exited = new Promise((done) =>
		child.once('exit', (code, signal) => done({ code, signal }))
	);
	await waitUntilHealthy(`http://127.0.0.1:${port}/health`, { exited, timeoutMs: 60_000 });
	return {
		name,
		port,
		process: child,
		exited,
		async stop(signal = 'SIGTERM') {
			if (child.exitCode === null && child.signalCode === null) child.kill(signal);
			await exited;
		}
	};
}

async function restartApp(parts, index, start) {
	await parts.apps[index].stop('SIGKILL');
	parts.apps[index] = await start(index);
	return parts.apps[index];
}

/** nginx with a configuration of its own (no system files): round robin, retry on a dead app. */
async function startProxy({ nginx, dir, publicPort, ports, stdio }) {
	mkdirSync(join(dir, 'temp'), { recursive: true });
	const user = userInfo();
	const conf = `# written by scripts/cluster.js on every start
${user.uid === 0 ? 'user root;' : ''}
worker_processes 1;
daemon off;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'error.log')} warn;
events { worker_connections 1024; }
http {
	access_log off;
	client_max_body_size ${BODY_SIZE_LIMIT.replace(/b$/i, '').toLowerCase()};
	client_body_temp_path ${join(dir, 'temp', 'body')};
	proxy_temp_path ${join(dir, 'temp', 'proxy')};
	fastcgi_temp_path ${join(dir, 'temp', 'fastcgi')};
	uwsgi_temp_path ${join(dir, 'temp', 'uwsgi')};
	scgi_temp_path ${join(dir, 'temp', 'scgi')};
	upstream freehold {
${ports.map((p) => `\t\tserver 127.0.0.1:${p} max_fails=1 fail_timeout=2s;`).join('\n')}
		keepalive 16;
	}
	server {
		listen 127.0.0.1:${publicPort};
		location / {
			proxy_pass http://freehold;
			proxy_http_version 1.1;
			proxy_set_header Connection "";
			proxy_set_header Host $http_host;
			proxy_set_header X-Forwarded-For $remote_addr;
			proxy_set_header X-Forwarded-Proto $scheme;
			# SvelteKit announces a page's scripts in a Link header of several KB: nginx's default
			# 4 KB header buffer would answer such a page with 502.
			proxy_buffer_size 64k;
			proxy_buffers 16 64k;
			proxy_busy_buffers_size 128k;
			# A process that is down is skipped. A request it may have started is not sent twice:
			# nginx retries only what it could not deliver, and never a POST it delivered.
			proxy_next_upstream error timeout;
			proxy_next_upstream_tries ${ports.length};
		}
	}
}
`;
	const file = join(dir, 'nginx.conf');
	writeFileSync(file, conf);
	const child = spawn(nginx, ['-p', dir, '-e', join(dir, 'error.log'), '-c', file], {
		stdio: ['ignore', stdio, stdio]
	});
	const exited = new Promise((done) =>
		child.once('exit', (code, signal) => done({ code, signal }))
	);
	await waitUntilHealthy(`http://127.0.0.1:${publicPort}/health`, { exited });
	return {
		port: publicPort,
		process: child,
		exited,
		async stop() {
			// SIGQUIT: nginx finishes the requests it has, then exits.
			if (child.exitCode === null && child.signalCode === null) child.kill('SIGQUIT');
			await exited;
		}
	};
}

if (import.meta.url === `file://${process.argv[1]}`) {
	buildIfNeeded();
	const cluster = await startCluster({
		port: Number(process.env.PORT || 3000),
		apps: Number(process.env.CLUSTER_APPS || 3)
	});
	console.log(
		`Freehold cluster on ${cluster.origin}: nginx → ${cluster.apps
			.map((a) => `${a.name} (:${a.port})`)
			.join(', ')} → sqld ${cluster.sqld.url} (data in ${cluster.dir}). Ctrl-C stops it.`
	);
	let stopping = false;
	const shutdown = async () => {
		if (stopping) return;
		stopping = true;
		console.log('Stopping the proxy, the apps, then the database…');
		await cluster.stop();
		process.exit(0);
	};
	process.on('SIGINT', shutdown);
	process.on('SIGTERM', shutdown);
	// An app that dies on its own is reported; the proxy keeps serving from the others.
	for (const app of cluster.apps) {
		app.exited.then(({ code, signal }) => {
			if (!stopping) console.error(`${app.name} exited (${signal ?? code}); the others go on.`);
		});
	}
}
