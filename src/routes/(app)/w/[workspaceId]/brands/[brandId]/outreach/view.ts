/** The pipeline's view state, read from the URL so a link reproduces it. */
import { isCreatorPlatform } from '$lib/domain/creators';
import { EXITS, STAGES, type Stage } from '$lib/domain/pipeline';
import type { CollabFilters } from '$lib/server/queries/collaboration-lists';
import { TABLE_SORTS, type TableSort } from '$lib/domain/pipeline-table';

export const VIEWS = ['board', 'table'] as const;
export type View = (typeof VIEWS)[number];
export const FILTER_PARAMS = ['campaign', 'owner', 'platform', 'stage', 'overdue'] as const;

/** `?view=table`; anything else (or nothing) the board. */
export function readView(params: URLSearchParams): View {
	return params.get('view') === 'table' ? 'table' : 'board';
}

const ALL: readonly string[] = [...STAGES, ...EXITS];

/** Filters: `?campaign=…&owner=…&platform=tiktok`; in the table also `stage` and `overdue=1`. */
export function readFilters(params: URLSearchParams, view: View): Required<CollabFilters> {
	const all = (name: string) => params.getAll(name).filter((v) => v && v.length <= 64);
	return {
		campaignIds: all('campaign'),
		ownerIds: all('owner'),
		platforms: all('platform').filter(isCreatorPlatform),
		// The board shows every stage as a column; stage and overdue narrow the table only.
		stages: view === 'table' ? (all('stage').filter((s) => ALL.includes(s)) as Stage[]) : [],
		overdue: view === 'table' && params.get('overdue') === '1'
	};
}

export const PAGE_SIZE = 50;
/** Cards a board column draws; the rest of a stage is one link away, in the table. */
export const BOARD_COLUMN_CARDS = 20;
const MAX_PAGE = 100_000;

/** Table state: `?sort=cpo&dir=desc&page=2`; anything unknown falls back to the default. */
export function readTableState(params: URLSearchParams) {
	const sort: TableSort = TABLE_SORTS.find((s) => s === params.get('sort')) ?? 'followUp';
	const dir: 'asc' | 'desc' = params.get('dir') === 'desc' ? 'desc' : 'asc';
	const page = Number(params.get('page'));
	return { sort, dir, page: Number.isInteger(page) && page >= 1 ? Math.min(page, MAX_PAGE) : 1 };
}

/** The same URL with some parameters replaced or removed (the rest kept). */
export function withParams(url: URL, changes: Record<string, string | null>) {
	const params = new URLSearchParams(url.search);
	for (const [name, value] of Object.entries(changes)) {
		if (value) params.set(name, value);
		else params.delete(name);
	}
	const query = params.toString();
	return query ? `?${query}` : url.pathname;
}

/** A form action on this page that comes back to the same view and filters. */
export function actionOn(url: URL, action: string) {
	const kept = [...url.searchParams].filter(([k]) => !k.startsWith('/'));
	const query = new URLSearchParams(kept).toString();
	return `?/${action}${query ? `&${query}` : ''}`;
}

/** Where a form post without JavaScript returns: the page with its view state. */
export function backTo(url: URL) {
	const kept = [...url.searchParams].filter(([k]) => !k.startsWith('/'));
	const query = new URLSearchParams(kept).toString();
	return `${url.pathname}${query ? `?${query}` : ''}`;
}
