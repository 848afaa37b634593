import type { ICalCalendar } from 'ical-generator';

/**
 * `calendar.toString()` with the same output, fast. ical-generator folds the finished text with a
 * new TextEncoder per character (~85 ms for a 540-event feed, most of the feed's cost), so the
 * events are serialised by the library one by one and folded here; the calendar's own lines
 * (name, product, time zone) still come from the library's folding of an event-less calendar.
 */
export function renderCalendar(calendar: ICalCalendar) {
	const events = calendar.events();
	calendar.clear();
	const shell = calendar.toString();
	calendar.events(events);
	// Each event's text ends with CRLF; folding works line by line, so folding the events apart
	// from the rest gives the same text. The library writes the calendar's custom X- lines after
	// the events; we set none, so the events go right before END:VCALENDAR.
	const body = events.map((event) => foldIcsLines(event.toString())).join('');
	const end = shell.lastIndexOf('END:VCALENDAR');
	return shell.slice(0, end) + body + shell.slice(end);
}

/**
 * RFC 5545 §3.1 line folding, byte for byte what ical-generator's `foldLines` produces: a line
 * longer than 75 octets of UTF-8 continues on the next line after CRLF and a space, never inside
 * a character (a high surrogate travels with the code unit after it, as the library does).
 */
export function foldIcsLines(text: string) {
	return text.split('\r\n').map(foldLine).join('\r\n');
}

function foldLine(line: string) {
	let out = '';
	let start = 0;
	let octets = 0;
	for (let i = 0; i < line.length; i++) {
		const at = i;
		const code = line.charCodeAt(i);
		let size = utf8Size(code);
		if (code >= 0xd800 && code <= 0xdbff) {
			const next = i + 1 < line.length ? line.charCodeAt(i + 1) : -1;
			if (next >= 0xdc00 && next <= 0xdfff) size = 4;
			else if (next >= 0) size = 3 + utf8Size(next);
			if (next >= 0) i++;
		}
		octets += size;
		if (octets > 74) {
			out += line.slice(start, at) + '\r\n ';
			start = at;
			octets = size;
		}
	}
	return out + line.slice(start);
}

/** Octets of one UTF-16 code unit in UTF-8; a lone surrogate becomes U+FFFD (3 octets). */
function utf8Size(code: number) {
	if (code < 0x80) return 1;
	if (code < 0x800) return 2;
	return 3;
}
