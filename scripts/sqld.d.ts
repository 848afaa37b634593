import type { ChildProcess } from 'node:child_process';

export const SQLD_BIN: string;
export function ensureSqld(): string;
export function freePort(): Promise<number>;
export function waitUntilHealthy(
	url: string,
	options?: { timeoutMs?: number; exited?: Promise<unknown> }
): Promise<void>;
export type Sqld = {
	url: string;
	port: number;
	process: ChildProcess;
	exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
	stop(signal?: NodeJS.Signals): Promise<void>;
};
export function startSqld(options: {
	dir: string;
	port?: number;
	stdio?: 'inherit' | 'ignore' | 'pipe';
	args?: string[];
}): Promise<Sqld>;
