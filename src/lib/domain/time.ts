/** Time-zone and week facts that depend only on their inputs (never on the server's TZ). */

export function isValidTimeZone(zone: string) {
	if (!zone || zone.length > 64) return false;
	try {
		new Intl.DateTimeFormat('en', { timeZone: zone });
		return true;
	} catch {
		return false;
	}
}

/** Canonical IANA zones the runtime knows, plus UTC (which some runtimes leave out). */
export function listTimeZones(): string[] {
	const zones = Intl.supportedValuesOf('timeZone');
	return zones.includes('UTC') ? zones : ['UTC', ...zones];
}

/** 0 = Sunday … 6 = Saturday, the locale's convention (CLDR week data where the runtime has it). */
export function localeWeekStart(locale: string): number {
	try {
		const loc = new Intl.Locale(locale) as Intl.Locale & {
			getWeekInfo?: () => { firstDay: number };
			weekInfo?: { firstDay: number };
		};
		const info = loc.getWeekInfo?.() ?? loc.weekInfo;
		if (info) return info.firstDay % 7; // Intl uses 1 = Monday … 7 = Sunday
	} catch {
		// fall through to the region table below
	}
	const region = locale.split('-')[1]?.toUpperCase();
	return region && ['US', 'CA', 'JP', 'BR', 'IL', 'MX', 'PH'].includes(region) ? 0 : 1;
}

/** The user's explicit choice, else the convention of their interface language. */
export function effectiveWeekStart(weekStart: number | null | undefined, locale: string) {
	return weekStart ?? localeWeekStart(locale);
}
