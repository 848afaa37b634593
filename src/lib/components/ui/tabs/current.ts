/**
 * Whether a tab's page is the one at `pathname`: the first tab (`base`) only on itself, every
 * other tab also on the pages below it (…/deliverables/123 keeps "Deliverables" current).
 */
export const isCurrentTab = (pathname: string, href: string, base: string) =>
	href === base ? pathname === base : pathname.startsWith(href);
