import fc from 'fast-check';
import ical, { foldLines } from 'ical-generator';
import { describe, expect, it } from 'vitest';
import { foldIcsLines, renderCalendar } from './ics';

// Lines of every kind of character: ASCII, CJK, emoji (surrogate pairs), lone surrogates.
const text = fc
	.array(
		fc.oneof(
			fc.string({ unit: 'grapheme', maxLength: 120 }),
			fc.string({ unit: 'binary', maxLength: 120 }),
			fc.constantFrom('a'.repeat(74), 'a'.repeat(75), '汉'.repeat(30), '😀'.repeat(25), '\ud800x')
		),
		{ maxLength: 6 }
	)
	.map((lines) => lines.join('\r\n'));

describe('foldIcsLines', () => {
	it('folds exactly as ical-generator does, for any text', () => {
		fc.assert(
			fc.property(text, (input) => {
				expect(foldIcsLines(input)).toBe(foldLines(input));
			}),
			{ numRuns: 2_000 }
		);
	});

	it('keeps every folded line within 75 octets', () => {
		const folded = foldIcsLines(`SUMMARY:${'新品上市 🚀 '.repeat(40)}`);
		for (const line of folded.split('\r\n')) {
			expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
		}
	});
});

describe('renderCalendar', () => {
	it('writes the same calendar as the library, events and all', () => {
		const build = () => {
			const calendar = ical({
				name: '品牌 Brand',
				prodId: { company: 'Freehold', product: 'calendar' }
			});
			for (let i = 0; i < 30; i++) {
				calendar.createEvent({
					id: `item-${i}@freehold`,
					stamp: new Date(Date.UTC(2026, 10, 1)),
					start: new Date(Date.UTC(2026, 11, 1 + i, 9)),
					end: new Date(Date.UTC(2026, 11, 1 + i, 9, 30)),
					summary: `[TikTok] 新品 launch ${'😀'.repeat(i)} ${'long title '.repeat(i % 5)}`,
					description: `Status: scheduled\nOpen: https://example.test/w/ws/brands/b/calendar/items/${i}`,
					url: `https://example.test/w/ws/brands/b/calendar/items/${i}`
				});
			}
			return calendar;
		};
		expect(renderCalendar(build())).toBe(build().toString());
		const empty = ical({ name: 'Empty' });
		expect(renderCalendar(empty)).toBe(ical({ name: 'Empty' }).toString());
	});
});
