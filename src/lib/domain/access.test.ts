import { describe, expect, it } from 'vitest';
import {
	allowsInBrand,
	allowsInWorkspace,
	membershipRoleFor,
	roleInBrand,
	visibleBrandIds,
	workspaceRole,
	type Access
} from './access';

const chosen = (brands: Record<string, 'owner' | 'editor' | 'approver' | 'viewer'>): Access => ({
	scope: 'chosen',
	brands: new Map(Object.entries(brands))
});

describe('brand access', () => {
	it('gives an all-brands member their role in every brand', () => {
		const access: Access = { scope: 'all', role: 'approver' };
		expect(roleInBrand(access, 'any')).toBe('approver');
		expect(visibleBrandIds(access)).toBeNull();
	});

	it('gives a scoped member their role in their brands and nothing elsewhere', () => {
		const access = chosen({ a: 'editor', b: 'viewer' });
		expect(roleInBrand(access, 'a')).toBe('editor');
		expect(roleInBrand(access, 'b')).toBe('viewer');
		expect(roleInBrand(access, 'c')).toBeNull();
		expect(visibleBrandIds(access)).toEqual(['a', 'b']);
	});

	it('hides a brand out of reach, forbids what the role may not, allows the rest', () => {
		const access = chosen({ a: 'approver' });
		expect(allowsInBrand(access, 'a', 'comment')).toBe('allowed');
		expect(allowsInBrand(access, 'a', 'editContent')).toBe('forbidden');
		expect(allowsInBrand(access, 'b', 'read')).toBe('hidden');
	});

	it('never lets a scoped member manage the workspace, even as owner of a brand', () => {
		const access = chosen({ a: 'owner' });
		expect(allowsInBrand(access, 'a', 'deleteBrand')).toBe('allowed');
		expect(allowsInBrand(access, 'a', 'manageMembers')).toBe('forbidden');
		expect(allowsInWorkspace(access, 'manageWorkspace')).toBe(false);
		expect(allowsInWorkspace(access, 'createBrand')).toBe(false);
		expect(allowsInWorkspace({ scope: 'all', role: 'editor' }, 'createBrand')).toBe(true);
		// Deleting a creator takes their collaborations with every brand along.
		expect(allowsInWorkspace(chosen({ a: 'editor' }), 'deleteCreator')).toBe(false);
		expect(allowsInWorkspace({ scope: 'all', role: 'editor' }, 'deleteCreator')).toBe(true);
	});

	it('shows the team to every all-brands member and to nobody let into chosen brands', () => {
		expect(allowsInWorkspace({ scope: 'all', role: 'viewer' }, 'seeTeam')).toBe(true);
		expect(allowsInWorkspace(chosen({ a: 'owner' }), 'seeTeam')).toBe(false);
		expect(allowsInWorkspace(chosen({ a: 'approver' }), 'seeTeam')).toBe(false);
		// Their own brand's people are listed where they need them (mentions), not the team.
		expect(allowsInBrand(chosen({ a: 'editor' }), 'a', 'seeTeam')).toBe('forbidden');
	});

	it('takes the strongest brand role for the workspace, capped at editor', () => {
		expect(workspaceRole(chosen({ a: 'viewer', b: 'approver' }))).toBe('approver');
		expect(workspaceRole(chosen({ a: 'owner' }))).toBe('editor');
		expect(workspaceRole(chosen({}))).toBe('viewer');
		expect(membershipRoleFor(['viewer', 'owner'])).toBe('editor');
		expect(membershipRoleFor([])).toBe('viewer');
	});
});
