import { spawn } from 'node:child_process';

/** Runs `node scripts/<name>` from the project folder, as npm would; resolves when it exits. */
export function runScript(name: string, args: string[], env: Record<string, string | undefined>) {
	const child = spawn(process.execPath, [`scripts/${name}`, ...args], {
		env: { ...process.env, ...env },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let stdout = '';
	let stderr = '';
	child.stdout.on('data', (chunk) => (stdout += chunk));
	child.stderr.on('data', (chunk) => (stderr += chunk));
	return new Promise<{ code: number | null; stdout: string; stderr: string }>((done) =>
		child.on('close', (code) => done({ code, stdout, stderr }))
	);
}
