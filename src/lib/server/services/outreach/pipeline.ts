import { rollUp } from '../../../domain/creator-metrics';
import type { TableSort } from '../../../domain/pipeline-table';
import type { Db } from '../../db/client';
import { byCurrency, collabTotals } from '../../queries/collab-totals';
import {
	listBoardColumns,
	listDue,
	listTable,
	type CollabFilters
} from '../../queries/collaboration-lists';
import { listCampaigns } from '../../queries/campaigns';
import { listMembers } from '../../queries/workspaces';

type Scope = { workspaceId: string; brandId: string };

/** The names the filters, the bulk bar and the new-collaboration form choose from. */
export async function loadChoices(db: Db, scope: Scope) {
	const [members, campaigns] = await Promise.all([
		listMembers(db, scope.workspaceId),
		listCampaigns(db, scope.brandId)
	]);
	return {
		members: members.map((m) => ({ id: m.userId, name: m.name })),
		campaigns: campaigns.map((c) => ({ id: c.id, name: c.name }))
	};
}

/** The brand's totals, one roll-up per currency (sums first, then the ratios). */
export async function loadRollUp(db: Db, scope: { brandId: string }) {
	const groups = byCurrency(await collabTotals(db, scope.brandId));
	return [...groups].map(([currency, rows]) => ({
		currency,
		count: rows.length,
		metrics: rollUp(rows)
	}));
}

export type PipelineInput = {
	view: 'board' | 'table';
	filters: CollabFilters;
	/** The table's sort and page as asked; `size` rows a page. */
	table: { sort: TableSort; dir: 'asc' | 'desc'; page: number; size: number };
	/** Cards a board column draws. */
	boardCards: number;
	today: string;
	weekEnd: string;
};

/**
 * What the board or the table shows, the due list (this market week and everything overdue) and
 * the brand roll-up. A table page past the end shows the last page instead.
 */
export async function loadPipeline(
	db: Db,
	scope: { brandId: string; currency: string },
	input: PipelineInput
) {
	const { filters, today, table: state } = input;
	const brand = { id: scope.brandId, currency: scope.currency };
	const [due, rollup] = await Promise.all([
		listDue(db, brand.id, today, input.weekEnd),
		loadRollUp(db, scope)
	]);
	if (input.view === 'board') {
		const board = await listBoardColumns(db, brand.id, filters, today, input.boardCards);
		return { due, rollup, board, table: null };
	}
	const read = (page: number) => listTable(db, brand, filters, { ...state, page }, today);
	let result = await read(state.page);
	const pages = Math.max(1, Math.ceil(result.total / state.size));
	if (state.page > pages) result = await read(pages);
	const { sort, dir, size } = state;
	const table = { sort, dir, page: Math.min(state.page, pages), pages, size, ...result };
	return { due, rollup, board: null, table };
}
