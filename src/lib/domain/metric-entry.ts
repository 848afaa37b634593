/**
 * Reading what a person types into the weekly entry grid: "12,000", "12 000", "１２０００",
 * "1.2万" for counts; "1,234.50" for money in the brand currency (→ minor units). Blank means
 * "leave as it is"; a lone "-" clears the stored value.
 *
 * Pure: no framework, no database.
 */
import { withinBounds } from './date-bounds';
import { pickedWeek, weekOf } from './zoned-time';
import { currencyDecimals } from './money';
import { METRIC_VALUE_MAX } from './metrics';

export type CellProblem = 'number' | 'negative' | 'whole' | 'decimals' | 'too_large';
export type ParsedCell =
	| { ok: true; kind: 'blank' }
	| { ok: true; kind: 'clear' }
	| { ok: true; kind: 'value'; value: number }
	| { ok: false; problem: CellProblem };

const CLEAR = new Set(['-', '−', '–', '—', 'clear', '清除']);

// Thousands separators people and spreadsheets write: comma, (narrow) no-break space, space,
// apostrophe (Swiss), underscore; full-width forms become ASCII through NFKC first.
const SEPARATORS = /[\s,'’_\u00a0\u202f]/g;

/**
 * A typed amount → an exact value in the unit the metric stores: a whole count, or minor units
 * of `currency` when `money`. Never rounds: a fraction a count or a currency cannot hold is
 * refused.
 */
export function parseCell(text: string, unit: 'count' | 'money', currency = 'USD'): ParsedCell {
	const trimmed = text.normalize('NFKC').trim();
	if (trimmed === '') return { ok: true, kind: 'blank' };
	if (CLEAR.has(trimmed.toLowerCase())) return { ok: true, kind: 'clear' };
	let body = trimmed.replace(SEPARATORS, '');
	let negative = false;
	if (/^[-−]/.test(body)) {
		negative = true;
		body = body.slice(1);
	}
	// 万 (ten thousand) is how Chinese writes follower counts: 1.2万 = 12,000.
	let scale = 1;
	if (unit === 'count' && /万$/.test(body)) {
		scale = 10_000;
		body = body.slice(0, -1);
	}
	const match = /^(\d+)(?:\.(\d+))?$/.exec(body);
	if (!match) return { ok: false, problem: 'number' };
	if (negative) return { ok: false, problem: 'negative' };
	const decimals = unit === 'money' ? currencyDecimals(currency) : 0;
	const whole = match[1].replace(/^0+(?=\d)/, '');
	const fraction = (match[2] ?? '').replace(/(?<!0)0+$/, '');
	if (whole.length > 15) return { ok: false, problem: 'too_large' };
	let value: number;
	if (scale > 1) {
		if (fraction.length > 4) return { ok: false, problem: 'whole' };
		value = Number(whole) * scale + Number(fraction.padEnd(4, '0') || '0');
	} else {
		if (fraction.length > decimals)
			return { ok: false, problem: unit === 'money' ? 'decimals' : 'whole' };
		value = Number(whole) * 10 ** decimals + Number(fraction.padEnd(decimals, '0') || '0');
	}
	if (value > METRIC_VALUE_MAX) return { ok: false, problem: 'too_large' };
	return { ok: true, kind: 'value', value };
}

/** A stored value → what the grid's field shows (plain, no separators: it is typed back). */
export function cellInput(value: number | null, unit: 'count' | 'money', currency = 'USD') {
	if (value === null) return '';
	if (unit === 'count') return String(value);
	const decimals = currencyDecimals(currency);
	if (decimals === 0) return String(value);
	const text = String(value).padStart(decimals + 1, '0');
	return `${text.slice(0, -decimals)}.${text.slice(-decimals)}`;
}

/**
 * The Monday-start week to show: the one named in the URL (any day of it), else the last
 * complete week before `today` (the weekly ritual is entering last week's numbers).
 */
export function entryWeek(requested: string | null, today: string) {
	const MONDAY = 1;
	return { ...pickedWeek(requested, today, MONDAY), current: weekOf(today, MONDAY).start };
}

/** One grid field as the form sends it back: which cell, and what it showed when it was drawn. */
export type CellKey = { metricId: string; day: string; shown: number | null; seen: number | null };

/** `metricId|day|shownValue|seenUpdatedAt` — what the form carries so a save can spot conflicts. */
export function cellKey(key: CellKey) {
	return [key.metricId, key.day, key.shown ?? '', key.seen ?? ''].join('|');
}

/** A key as sent back, or null when it is not one we draw (a day outside the bounds included). */
export function readCellKey(text: string, today: string): CellKey | null {
	const parts = text.split('|');
	if (parts.length !== 4) return null;
	const [metricId, day, shown, seen] = parts;
	const int = (s: string) => (/^\d{1,15}$/.test(s) ? Number(s) : s === '' ? null : NaN);
	const shownValue = int(shown);
	const seenAt = int(seen);
	if (!metricId || !withinBounds(day, today) || Number.isNaN(shownValue) || Number.isNaN(seenAt)) {
		return null;
	}
	return { metricId, day, shown: shownValue, seen: seenAt };
}
