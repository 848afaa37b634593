import { describe, expect, it } from 'vitest';
import {
	creatorFormValues,
	creatorSchema,
	creatorValues,
	editProfileSchema,
	measuredDay,
	newCreatorFormValues,
	newCreatorSchema,
	parsePrevious,
	previousOf,
	profileFormValues,
	profileSchema,
	profilesOf,
	RATE_CURRENCIES,
	rateCardRows,
	readProfile,
	readRateCard
} from './creator';

type Issues = Record<string, string>;
/** Issues as "field" or "field.row" → message. */
const issuesOf = (
	schema: { safeParse: (v: unknown) => unknown },
	input: Record<string, unknown>
) => {
	const result = schema.safeParse(input) as {
		success: boolean;
		error?: { issues: { path: PropertyKey[]; message: string }[] };
	};
	if (result.success) return {};
	return Object.fromEntries(
		result.error!.issues.map((i) => [i.path.join('.'), i.message])
	) as Issues;
};

const row = (over: Record<string, string> = {}) => ({
	platform: 'tiktok',
	handle: '@bo',
	url: '',
	followers: '',
	avgViews: '',
	engagement: '',
	measuredOn: '',
	...over
});

describe('readProfile and profileSchema', () => {
	it('reads counts people copy from platforms, a percentage and a date', () => {
		const { profile, errors } = readProfile(
			row({
				handle: ' @Bo.Chews ',
				url: 'https://www.tiktok.com/@bo.chews',
				followers: '1.2万',
				avgViews: '12,300',
				engagement: '4.5%',
				measuredOn: '2026-03-01'
			})
		);
		expect(errors).toEqual({});
		expect(profile).toEqual({
			platform: 'tiktok',
			handle: '@Bo.Chews',
			url: 'https://www.tiktok.com/@bo.chews',
			followers: 12_000,
			avgViews: 12_300,
			engagementBp: 450,
			measuredOn: '2026-03-01'
		});
	});

	it('names each problem on its field', () => {
		expect(
			issuesOf(
				profileSchema,
				row({
					platform: 'myspace',
					handle: '@',
					url: 'ftp://x.example',
					followers: '-3',
					avgViews: 'lots',
					engagement: '120',
					measuredOn: '2026-02-30'
				})
			)
		).toEqual({
			platform: 'Choose the platform.',
			handle: 'This field is required.',
			url: 'Enter a full address starting with http:// or https://',
			followers: 'Enter a number like 12,300, 12.3k or 1.2万.',
			avgViews: 'Enter a number like 12,300, 12.3k or 1.2万.',
			engagement: 'Enter a percentage between 0 and 100, like 3.5.',
			measuredOn: 'Enter a date as YYYY-MM-DD.'
		});
		expect(issuesOf(profileSchema, row({ handle: 'x'.repeat(101) }))).toHaveProperty('handle');
	});

	it('carries the loaded profile as `previous`, and refuses anything else there', () => {
		const stored = readProfile(row({ followers: '5k', measuredOn: '2026-03-01' })).profile!;
		expect(parsePrevious(previousOf(stored))).toEqual(stored);
		for (const bad of ['', 'nope', '[]', '["tiktok","bo","",-1,null,null,null]', '{"a":1}']) {
			expect(parsePrevious(bad), bad).toBeNull();
		}
		expect(profileFormValues(stored)).toEqual(row({ followers: '5000', measuredOn: '2026-03-01' }));
		expect(
			issuesOf(editProfileSchema, { ...row(), profileId: 'p1', previous: previousOf(stored) })
		).toEqual({});
	});
});

describe('measuredDay', () => {
	const today = '2026-03-05';
	const p = (over: Record<string, string> = {}) => readProfile(row(over)).profile!;
	it('is today for new or changed numbers without a typed date', () => {
		expect(measuredDay(p({ followers: '5k' }), null, today)).toBe(today);
		expect(measuredDay(p(), null, today)).toBeNull();
		expect(measuredDay(p({ followers: '5k', measuredOn: '2026-01-02' }), null, today)).toBe(
			'2026-01-02'
		);
		const before = p({ followers: '5k', measuredOn: '2026-01-02' });
		expect(measuredDay(p({ followers: '6k', measuredOn: '2026-01-02' }), before, today)).toBe(
			today
		);
		expect(measuredDay(p({ followers: '6k', measuredOn: '2026-02-01' }), before, today)).toBe(
			'2026-02-01'
		);
		// Only the handle changed: the numbers keep the day they were read.
		expect(
			measuredDay(p({ handle: 'other', followers: '5k', measuredOn: '2026-01-02' }), before, today)
		).toBe('2026-01-02');
	});
});

describe('readRateCard', () => {
	it('reads prices in each line’s currency and leaves empty rows out', () => {
		const card = readRateCard(
			['short_video', '', 'story', 'short_video'],
			['1,250.50', '', '800', '3000'],
			['USD', 'USD', 'CNY', 'JPY']
		);
		expect(card.issues).toEqual([]);
		expect(card.lines).toEqual([
			{ kind: 'short_video', priceMinor: 125_050, currency: 'USD' },
			{ kind: 'story', priceMinor: 80_000, currency: 'CNY' },
			{ kind: 'short_video', priceMinor: 3000, currency: 'JPY' }
		]);
		expect(RATE_CURRENCIES).toContain('CNY');
	});

	it('names the row and field of each problem', () => {
		const card = readRateCard(
			['', 'carousel', 'story', 'story', 'story', 'tweet', 'live'],
			['100', '', '10.5', '12.345', '5', '5', '5'],
			['USD', 'USD', 'JPY', 'USD', 'JPY', 'USD', 'XXX']
		);
		expect(card.issues.map((i) => [i.index, i.field, i.message])).toEqual([
			[0, 'rateKind', 'Choose what this price is for.'],
			[1, 'ratePrice', 'Enter the price.'],
			[2, 'ratePrice', 'JPY prices are whole numbers.'],
			[3, 'ratePrice', 'USD prices have at most 2 decimal places.'],
			[5, 'rateKind', 'Choose one of the options in the list.'],
			[6, 'rateCurrency', 'Choose one of the options in the list.']
		]);
		expect(card.lines).toEqual([{ kind: 'story', priceMinor: 5, currency: 'JPY' }]);
		const twice = readRateCard(['story', 'story'], ['5', '6'], ['USD', 'USD']);
		expect(twice.issues).toEqual([
			{
				index: 1,
				field: 'rateKind',
				message: 'This deliverable already has a price in this currency.'
			}
		]);
	});

	it('shows stored lines with empty rows after them, in the last line’s currency', () => {
		expect(rateCardRows([{ kind: 'story', priceMinor: 80_000, currency: 'CNY' }], 1)).toEqual({
			rateKind: ['story', ''],
			ratePrice: ['800.00', ''],
			rateCurrency: ['CNY', 'CNY']
		});
	});
});

const creator = { name: 'Bo Chews' };

describe('creatorSchema', () => {
	it('fills defaults around a name and stores tags as a list', () => {
		const parsed = creatorSchema.parse({ ...creator, tags: 'dogs、大型犬, #Dogs', country: 'gb' });
		expect(parsed).toMatchObject({ name: 'Bo Chews', country: 'GB', language: '', version: 0 });
		expect(creatorValues(parsed)).toMatchObject({ tags: ['dogs', '大型犬'], rateCard: [] });
	});

	it('checks name, tags, country, language and email', () => {
		expect(issuesOf(creatorSchema, { name: ' ' })).toEqual({ name: 'This field is required.' });
		expect(issuesOf(creatorSchema, { name: '狗'.repeat(120) })).toEqual({});
		expect(issuesOf(creatorSchema, { name: 'x'.repeat(121) })).toHaveProperty('name');
		const many = Array.from({ length: 21 }, (_, i) => `t${i}`).join(',');
		expect(issuesOf(creatorSchema, { ...creator, tags: many })).toEqual({
			tags: 'Use at most 20 tags.'
		});
		expect(issuesOf(creatorSchema, { ...creator, tags: 'x'.repeat(41) })).toEqual({
			tags: 'Keep each tag to 40 characters or fewer.'
		});
		expect(issuesOf(creatorSchema, { ...creator, country: 'XX' })).toHaveProperty('country');
		expect(issuesOf(creatorSchema, { ...creator, language: 'klingon' })).toHaveProperty('language');
		expect(issuesOf(creatorSchema, { ...creator, language: 'zh', country: 'CN' })).toEqual({});
		expect(issuesOf(creatorSchema, { ...creator, email: 'bo@' })).toEqual({
			email: 'Enter a valid email address.'
		});
		expect(issuesOf(creatorSchema, { ...creator, email: 'bo@chews.example' })).toEqual({});
	});

	it('needs a reason with do-not-contact, and drops the reason once the flag is off', () => {
		expect(issuesOf(creatorSchema, { ...creator, doNotContact: true })).toEqual({
			doNotContactReason: 'Say why, so nobody on the team contacts them by mistake.'
		});
		const flagged = creatorSchema.parse({
			...creator,
			doNotContact: true,
			doNotContactReason: 'Rude'
		});
		expect(creatorValues(flagged)).toMatchObject({
			doNotContact: true,
			doNotContactReason: 'Rude'
		});
		const cleared = creatorSchema.parse({ ...creator, doNotContactReason: 'Rude' });
		expect(creatorValues(cleared).doNotContactReason).toBe('');
	});

	it('puts rate card problems on the row’s field', () => {
		expect(
			issuesOf(creatorSchema, {
				...creator,
				rateKind: ['story', ''],
				ratePrice: ['abc', '5'],
				rateCurrency: ['USD', 'USD']
			})
		).toEqual({
			'ratePrice.0': 'Enter a price of 0 or more, like 300 or 1,250.50.',
			'rateKind.1': 'Choose what this price is for.'
		});
	});

	it('round-trips a stored creator through the form', () => {
		const parsed = creatorSchema.parse({
			...creator,
			tags: 'dogs, 大型犬',
			notes: 'line one\r\nline two',
			rateKind: ['story'],
			ratePrice: ['800'],
			rateCurrency: ['CNY'],
			version: 3
		});
		const stored = { ...creatorValues(parsed), version: 3 };
		expect(stored.notes).toBe('line one\nline two');
		const values = creatorFormValues(stored);
		expect(values).toMatchObject({ tags: 'dogs, 大型犬', version: 3 });
		expect(values.rateKind).toEqual(['story', '', '']);
		expect(creatorValues(creatorSchema.parse(values))).toEqual(
			stored.rateCard && creatorValues(parsed)
		);
	});
});

describe('newCreatorSchema', () => {
	const lists = (rows: ReturnType<typeof row>[]) => ({
		platform: rows.map((r) => r.platform),
		handle: rows.map((r) => r.handle),
		url: rows.map((r) => r.url),
		followers: rows.map((r) => r.followers),
		avgViews: rows.map((r) => r.avgViews),
		engagement: rows.map((r) => r.engagement),
		measuredOn: rows.map((r) => r.measuredOn)
	});
	const empty = row({ platform: '', handle: '' });

	it('takes up to three profiles and leaves empty rows out', () => {
		const input = {
			...creator,
			...lists([
				row({ followers: '12.3k' }),
				empty,
				row({ platform: 'youtube', handle: 'BoChews' })
			])
		};
		expect(issuesOf(newCreatorSchema, input)).toEqual({});
		const parsed = newCreatorSchema.parse(input);
		expect(
			profilesOf(parsed).map(({ row: r, profile }) => [r, profile.platform, profile.followers])
		).toEqual([
			[0, 'tiktok', 12_300],
			[2, 'youtube', null]
		]);
	});

	it('needs one profile, checks each row and refuses the same profile twice', () => {
		expect(issuesOf(newCreatorSchema, { ...creator, ...lists([empty, empty, empty]) })).toEqual({
			'handle.0': 'Add at least one profile: the platform and the handle.'
		});
		expect(
			issuesOf(newCreatorSchema, {
				...creator,
				...lists([row(), row({ platform: '', followers: '5k', handle: '' }), row({ handle: 'BO' })])
			})
		).toEqual({
			'platform.1': 'Choose the platform.',
			'handle.1': 'This field is required.',
			'handle.2': 'This profile is listed twice.'
		});
		expect(
			issuesOf(newCreatorSchema, { ...creator, ...lists([row(), row(), row(), row()]) })
		).toHaveProperty('platform');
	});

	it('starts with three empty profile rows and two rate card rows', () => {
		const values = newCreatorFormValues();
		expect(values.handle).toEqual(['', '', '']);
		expect(values.rateKind).toEqual(['', '']);
	});
});
