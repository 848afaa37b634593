import { creatorScope } from '$lib/domain/access';
import { creatorsToCsv } from '$lib/domain/creator-csv';
import { asciiSlug, attachmentDisposition } from '$lib/domain/csv-safe';
import { slugify } from '$lib/domain/utm';
import { today } from '$lib/domain/zoned-time';
import { db } from '$lib/server/db';
import { requireWorkspace } from '$lib/server/guards';
import { listCreatorsForExport } from '$lib/server/queries/creator-import';
import { readDirectory } from '../directory';
import type { RequestHandler } from './$types';

/**
 * The directory as CSV for any member — the creators its filters select (all without any), so
 * the file holds what the page listed; headers in the member's language.
 */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	const { user, workspace, access } = await requireWorkspace(locals, params.workspaceId);
	const { filters } = readDirectory(url.searchParams);
	const scope = creatorScope(access);
	const creators = await listCreatorsForExport(db, workspace.id, { ...filters, ...scope });
	// Dated by the member's own calendar day, never the server's.
	const suffix = `creators-${today(user.timeZone)}.csv`;
	const body = creatorsToCsv(creators, locals.locale === 'zh-CN' ? 'zh-CN' : 'en');
	return new Response(body, {
		headers: {
			'Content-Type': 'text/csv; charset=utf-8',
			'Content-Disposition': attachmentDisposition(
				`${asciiSlug(workspace.name, 'workspace')}-${suffix}`,
				`${slugify(workspace.name) || 'workspace'}-${suffix}`
			),
			'Cache-Control': 'private, no-store'
		}
	});
};
