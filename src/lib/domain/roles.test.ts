import { describe, expect, it } from 'vitest';
import { atLeast, can, checkMembershipChange, isRole, type MemberRef } from './roles';

describe('roles', () => {
	it('orders viewer < approver < editor < owner', () => {
		expect(atLeast('approver', 'viewer')).toBe(true);
		expect(atLeast('approver', 'editor')).toBe(false);
		expect(atLeast('owner', 'editor')).toBe(true);
		expect(atLeast('editor', 'editor')).toBe(true);
		expect(atLeast('viewer', 'editor')).toBe(false);
		expect(atLeast('editor', 'owner')).toBe(false);
	});

	it('gives viewers read only', () => {
		expect(can.read('viewer')).toBe(true);
		expect(can.editContent('viewer')).toBe(false);
		expect(can.manageMembers('viewer')).toBe(false);
		expect(can.editContent('editor')).toBe(true);
		expect(can.manageMembers('editor')).toBe(false);
		expect(can.manageMembers('owner')).toBe(true);
	});

	it('lets only owners delete a brand', () => {
		expect(can.deleteBrand('owner')).toBe(true);
		expect(can.deleteBrand('editor')).toBe(false);
		expect(can.deleteBrand('viewer')).toBe(false);
	});

	it('recognises only known roles', () => {
		expect(isRole('owner')).toBe(true);
		expect(isRole('admin')).toBe(false);
		expect(isRole(undefined)).toBe(false);
	});
});

describe('checkMembershipChange', () => {
	const solo: MemberRef[] = [
		{ userId: 'a', role: 'owner' },
		{ userId: 'b', role: 'viewer' }
	];
	const pair: MemberRef[] = [...solo, { userId: 'c', role: 'owner' }];

	it('refuses to remove or demote the last owner', () => {
		expect(checkMembershipChange(solo, { kind: 'remove', userId: 'a' })).toEqual({
			ok: false,
			reason: 'last-owner'
		});
		expect(
			checkMembershipChange(solo, { kind: 'change-role', userId: 'a', role: 'editor' })
		).toEqual({ ok: false, reason: 'last-owner' });
	});

	it('allows it when another owner remains', () => {
		expect(checkMembershipChange(pair, { kind: 'remove', userId: 'a' })).toEqual({ ok: true });
		expect(
			checkMembershipChange(pair, { kind: 'change-role', userId: 'c', role: 'viewer' })
		).toEqual({ ok: true });
	});

	it('lets the last owner stay owner and others change freely', () => {
		expect(
			checkMembershipChange(solo, { kind: 'change-role', userId: 'a', role: 'owner' })
		).toEqual({ ok: true });
		expect(checkMembershipChange(solo, { kind: 'remove', userId: 'b' })).toEqual({ ok: true });
	});

	it('reports a non-member', () => {
		expect(checkMembershipChange(solo, { kind: 'remove', userId: 'zz' })).toEqual({
			ok: false,
			reason: 'not-member'
		});
	});
});
