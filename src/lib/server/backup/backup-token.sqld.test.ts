import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { generateKeyPairSync, sign } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, prepareDatabase } from '../db/client';
import { startSqld } from '../../../../scripts/sqld.js';
import { runScript } from './run-script';

// Needs the sqld binary, which `npm run test:sqld` installs: that command runs this file, and
// `npm test` leaves it out (`*.sqld.test.ts` in vite.config.ts), as it leaves the cluster suite.

const dirs: string[] = [];
function tempDir() {
	const dir = mkdtempSync(join(tmpdir(), 'freehold-backup-token-'));
	dirs.push(dir);
	return dir;
}
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** An Ed25519 key pair as sqld's --auth-jwt-key-file takes it, and a token signed with it. */
function jwtKey(dir: string) {
	const { publicKey, privateKey } = generateKeyPairSync('ed25519');
	const keyFile = join(dir, 'jwt.pem');
	writeFileSync(keyFile, publicKey.export({ type: 'spki', format: 'pem' }));
	const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
	const unsigned = `${part({ alg: 'EdDSA', typ: 'JWT' })}.${part({ iat: Math.floor(Date.now() / 1000) })}`;
	const signature = sign(null, Buffer.from(unsigned), privateKey).toString('base64url');
	return { keyFile, token: `${unsigned}.${signature}` };
}

describe('a server that wants a token', () => {
	it('refuses the dump without DATABASE_AUTH_TOKEN and writes it with the token', async () => {
		const dir = tempDir();
		const { keyFile, token } = jwtKey(dir);
		const server = await startSqld({
			dir: join(dir, 'sqld'),
			stdio: 'ignore',
			args: ['--auth-jwt-key-file', keyFile]
		});
		try {
			const app = openDatabase(server.url, token);
			await prepareDatabase(app);
			await app.client.execute("INSERT INTO workspaces (id, name) VALUES ('w1', 'Bump & Bloom')");
			app.client.close();

			const refused = await runScript('backup.js', [join(dir, 'no-token.sql')], {
				DATABASE_URL: server.url,
				DATABASE_AUTH_TOKEN: ''
			});
			expect(refused.code).toBe(1);
			expect(refused.stderr).toContain('answered 401');
			expect(refused.stderr).toContain('DATABASE_AUTH_TOKEN');
			expect(existsSync(join(dir, 'no-token.sql'))).toBe(false);

			const written = await runScript('backup.js', [join(dir, 'with-token.sql')], {
				DATABASE_URL: server.url,
				DATABASE_AUTH_TOKEN: token
			});
			expect(written.code).toBe(0);
			expect(readFileSync(join(dir, 'with-token.sql'), 'utf8')).toContain(
				"INSERT INTO workspaces VALUES('w1','Bump & Bloom'"
			);
		} finally {
			await server.stop();
		}
	});
});
