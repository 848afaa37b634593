import type { ChildProcess } from 'node:child_process';
import type { Sqld } from './sqld.js';

type Part = {
	port: number;
	process: ChildProcess;
	exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
	stop(signal?: NodeJS.Signals): Promise<void>;
};
export type Cluster = {
	origin: string;
	dir: string;
	sqld: Sqld;
	apps: (Part & { name: string })[];
	proxy: Part;
	stop(): Promise<void>;
	restartApp(index: number): Promise<Part & { name: string }>;
	restartSqld(): Promise<Sqld>;
};
export function findNginx(): string;
export function startCluster(options?: {
	dir?: string;
	port?: number;
	apps?: number;
	demo?: boolean;
	quiet?: boolean;
}): Promise<Cluster>;
