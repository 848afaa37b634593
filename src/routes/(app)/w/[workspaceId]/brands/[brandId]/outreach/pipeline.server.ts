import { rollUp } from '$lib/domain/creator-metrics';
import { db } from '$lib/server/db';
import type { Brand } from '$lib/server/db/schema';
import { byCurrency, collabTotals } from '$lib/server/queries/collab-totals';
import {
	listBoardColumns,
	listDue,
	listTable,
	type CollabFilters
} from '$lib/server/queries/collaboration-lists';
import { listCampaigns } from '$lib/server/queries/campaigns';
import { listMembers } from '$lib/server/queries/workspaces';
import { BOARD_COLUMN_CARDS, PAGE_SIZE, readTableState, type View } from './view';

/** The names the filters, the bulk bar and the new-collaboration form choose from. */
export async function loadChoices(workspaceId: string, brandId: string) {
	const [members, campaigns] = await Promise.all([
		listMembers(db, workspaceId),
		listCampaigns(db, brandId)
	]);
	return {
		members: members.map((m) => ({ id: m.userId, name: m.name })),
		campaigns: campaigns.map((c) => ({ id: c.id, name: c.name }))
	};
}

/** The brand's totals, one roll-up per currency (sums first, then the ratios). */
export async function loadRollUp(brandId: string) {
	const groups = byCurrency(await collabTotals(db, brandId));
	return [...groups].map(([currency, rows]) => ({
		currency,
		count: rows.length,
		metrics: rollUp(rows)
	}));
}

/**
 * What the board or the table shows, the due list (this market week and everything overdue) and
 * the brand roll-up. A table page past the end shows the last page instead.
 */
export async function loadPipeline(
	brand: Pick<Brand, 'id' | 'currency'>,
	view: View,
	filters: CollabFilters,
	params: URLSearchParams,
	day: { today: string; weekEnd: string }
) {
	const [due, rollup] = await Promise.all([
		listDue(db, brand.id, day.today, day.weekEnd),
		loadRollUp(brand.id)
	]);
	if (view === 'board') {
		const board = await listBoardColumns(db, brand.id, filters, day.today, BOARD_COLUMN_CARDS);
		return { due, rollup, board, table: null };
	}
	const state = readTableState(params);
	const read = (page: number) =>
		listTable(db, brand, filters, { ...state, page, size: PAGE_SIZE }, day.today);
	let result = await read(state.page);
	const pages = Math.max(1, Math.ceil(result.total / PAGE_SIZE));
	if (state.page > pages) result = await read(pages);
	const table = { ...state, page: Math.min(state.page, pages), pages, size: PAGE_SIZE, ...result };
	return { due, rollup, board: null, table };
}
