import type { Session } from '$lib/server/db/schema';
import type { SessionUser } from '$lib/server/session';

declare global {
	namespace App {
		interface Locals {
			user: SessionUser | null;
			session: Session | null;
			locale: import('$lib/paraglide/runtime').Locale;
			/** Guard lookups of this request, shared by its layouts and page (reads only). */
			reads?: Map<string, Promise<unknown>>;
			/** Set by handleError when a write found the database locked: the answer becomes 503. */
			databaseBusy?: boolean;
		}
		namespace Superforms {
			type Message = import('$lib/types').FormMessage;
		}
		interface Error {
			message: string;
			id?: string;
			/** The database was locked by another process: try again in a few seconds (503). */
			busy?: boolean;
		}
	}
}

export {};
