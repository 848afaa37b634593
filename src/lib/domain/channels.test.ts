import { describe, expect, it } from 'vitest';
import { channelName, ownershipName } from '$lib/i18n/channels';
import {
	CHANNEL_KINDS,
	CHANNEL_KIND_KEYS,
	defaultOwnership,
	groupByOwnership,
	isChannelKind,
	type ChannelKind
} from './channels';

const OWNED: ChannelKind[] = ['email', 'sms', 'storefront', 'blog', 'community'];

describe('defaultOwnership', () => {
	it('marks email, SMS, storefront, blog and community as owned', () => {
		for (const kind of OWNED) expect(defaultOwnership(kind), kind).toBe('owned');
	});

	it('marks every other kind (platforms and marketplaces) as rented', () => {
		const rest = CHANNEL_KIND_KEYS.filter((kind) => !OWNED.includes(kind));
		expect(rest).toEqual(expect.arrayContaining(['tiktok', 'xiaohongshu', 'amazon_store']));
		for (const kind of rest) expect(defaultOwnership(kind), kind).toBe('rented');
	});
});

describe('the catalogue', () => {
	it('describes every kind, and only those', () => {
		expect(Object.keys(CHANNEL_KINDS).sort()).toEqual([...CHANNEL_KIND_KEYS].sort());
		expect(new Set(CHANNEL_KIND_KEYS).size).toBe(CHANNEL_KIND_KEYS.length);
	});

	it('gives every kind a name message of its own', () => {
		const names = CHANNEL_KIND_KEYS.map((kind) => channelName(kind));
		for (const [i, name] of names.entries()) expect(name.trim(), CHANNEL_KIND_KEYS[i]).not.toBe('');
		expect(new Set(names).size).toBe(names.length);
	});

	it('names both ownerships', () => {
		expect(ownershipName('owned')).toBe('Owned');
		expect(ownershipName('rented')).toBe('Rented');
	});

	it('recognises kinds and nothing else', () => {
		expect(isChannelKind('tiktok')).toBe(true);
		expect(isChannelKind('myspace')).toBe(false);
		expect(isChannelKind(undefined)).toBe(false);
	});
});

describe('groupByOwnership', () => {
	it('splits channels into owned and rented, keeping their order', () => {
		const channels = [
			{ id: 'a', ownership: 'rented' as const },
			{ id: 'b', ownership: 'owned' as const },
			{ id: 'c', ownership: 'rented' as const },
			{ id: 'd', ownership: 'owned' as const }
		];
		const groups = groupByOwnership(channels);
		expect(groups.owned.map((c) => c.id)).toEqual(['b', 'd']);
		expect(groups.rented.map((c) => c.id)).toEqual(['a', 'c']);
	});

	it('gives two empty groups for no channels', () => {
		expect(groupByOwnership([])).toEqual({ owned: [], rented: [] });
	});
});
