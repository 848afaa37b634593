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
		}
		namespace Superforms {
			type Message = import('$lib/types').FormMessage;
		}
		interface Error {
			message: string;
			id?: string;
		}
	}
}

export {};
