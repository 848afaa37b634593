import { m } from '$lib/paraglide/messages';

/** The sections of a brand: its tabs on a desktop, a group of the menu on a phone. */
export function brandSections(workspaceId: string, brandId: string) {
	const base = `/w/${workspaceId}/brands/${brandId}`;
	return {
		base,
		sections: [
			{ href: base, label: m.brand_tab_overview() },
			{ href: `${base}/calendar`, label: m.brand_tab_calendar() },
			{ href: `${base}/outreach`, label: m.brand_tab_outreach() },
			{ href: `${base}/dashboard`, label: m.brand_tab_dashboard() },
			{ href: `${base}/personas`, label: m.brand_tab_personas() },
			{ href: `${base}/pillars`, label: m.brand_tab_pillars() },
			{ href: `${base}/channels`, label: m.brand_tab_channels() },
			{ href: `${base}/edit`, label: m.brand_tab_profile() }
		]
	};
}
