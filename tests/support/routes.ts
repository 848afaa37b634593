import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** One route of the app as found on disk: its URL pattern, page/endpoint, actions and methods. */
export type Route = {
	pattern: string;
	params: string[];
	page: boolean;
	actions: string[];
	methods: string[];
};

const ROUTES_DIR = 'src/routes';

function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((entry) => {
		const path = join(dir, entry);
		return statSync(path).isDirectory() ? walk(path) : [path];
	});
}

/** Reads src/routes so a new route cannot be left out of the security suite. */
export function discoverRoutes(): Route[] {
	const byDir = new Map<string, Route>();
	for (const file of walk(ROUTES_DIR)) {
		const name = file.split(sep).at(-1)!;
		if (!/^\+(page\.svelte|page\.server\.ts|server\.ts)$/.test(name)) continue;
		const dir = relative(ROUTES_DIR, file.slice(0, -name.length - 1));
		const segments = dir.split(sep).filter((s) => s && !/^\(.+\)$/.test(s));
		const pattern = '/' + segments.join('/');
		const route = byDir.get(pattern) ?? {
			pattern,
			params: segments.filter((s) => s.startsWith('[')).map((s) => s.replace(/^\[+|\]+$/g, '')),
			page: false,
			actions: [],
			methods: []
		};
		const source = readFileSync(file, 'utf8');
		if (name === '+page.svelte') route.page = true;
		if (name === '+page.server.ts') {
			const block = source.split(/export const actions[^=]*=/)[1] ?? '';
			route.actions = [...block.matchAll(/^\t(\w+): async/gm)].map((match) => match[1]);
		}
		if (name === '+server.ts') {
			route.methods = [...source.matchAll(/export const (GET|POST|PUT|PATCH|DELETE)\b/g)].map(
				(match) => match[1]
			);
		}
		byDir.set(pattern, route);
	}
	return [...byDir.values()].sort((a, b) => a.pattern.localeCompare(b.pattern));
}

/** Fills `[param]` segments; an unknown parameter fails loudly so the suite is extended with it. */
export function fill(pattern: string, values: Record<string, string>) {
	return pattern.replace(/\[+([^\]]+)\]+/g, (_, name: string) => {
		const value = values[name];
		if (!value) throw new Error(`security suite: add a value for route parameter [${name}]`);
		return value;
	});
}

/** The form action URLs of a route (`?/name`, or the page itself for a default action). */
export function actionUrls(route: Route, path: string) {
	return route.actions.map((action) => ({
		action,
		url: action === 'default' ? path : `${path}?/${action}`
	}));
}
