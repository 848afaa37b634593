/**
 * The views of pages that live in the query string (a table instead of a board,
 * filters, a search, a sort, a dashboard range): the phone project opens each of them too, after
 * the pages themselves, in both languages. Ids in the query come from the demo, as in the paths.
 */
const CALENDAR = '/w/[workspaceId]/brands/[brandId]/calendar';

export const QUERY_VIEWS: { pattern: string; query: string }[] = [
	// The calendar's views (a phone opens on the day when the URL names none).
	{ pattern: CALENDAR, query: 'view=day' },
	{ pattern: CALENDAR, query: 'view=week' },
	{ pattern: CALENDAR, query: 'view=month' },
	{ pattern: CALENDAR, query: 'view=list' },
	// A week with nothing in it (long before the demo's weeks): its grid has no cards to focus.
	{ pattern: CALENDAR, query: 'view=week&week=2005-01-05' },
	{ pattern: '/w/[workspaceId]/brands', query: 'archived=1' },
	{ pattern: '/w/[workspaceId]/creators', query: 'sort=reach&page=2' },
	{ pattern: '/w/[workspaceId]/creators', query: 'q=a&platform=instagram&min=1000&er=1' },
	{ pattern: '/w/[workspaceId]/creators', query: 'dnc=only' },
	{ pattern: '/w/[workspaceId]/creators', query: 'q=nobody-by-this-name' },
	{ pattern: '/w/[workspaceId]/creators', query: 'min=many' },
	{ pattern: '/w/[workspaceId]/brands/[brandId]/outreach', query: 'view=table' },
	{ pattern: '/w/[workspaceId]/brands/[brandId]/outreach', query: 'view=table&sort=cpo&dir=desc' },
	{ pattern: '/w/[workspaceId]/brands/[brandId]/outreach', query: 'view=table&overdue=1' },
	{ pattern: '/w/[workspaceId]/brands/[brandId]/outreach', query: 'view=table&stage=nobody' },
	{ pattern: '/w/[workspaceId]/brands/[brandId]/outreach', query: 'view=board&platform=tiktok' },
	{ pattern: '/w/[workspaceId]/brands/[brandId]/outreach/new', query: 'q=a' },
	{ pattern: '/w/[workspaceId]/brands/[brandId]/dashboard', query: 'range=year&compare=year' },
	{ pattern: '/w/[workspaceId]/brands/[brandId]/dashboard', query: 'range=all&rollup=month' },
	{ pattern: '/w/[workspaceId]/brands/[brandId]/dashboard', query: 'range=quarter&rollup=day' },
	{ pattern: '/w/[workspaceId]/brands/[brandId]/dashboard', query: 'range=custom&from=2026-01-01' }
];
