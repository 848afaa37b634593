import type { Role } from '$lib/domain/roles';
import { m } from '$lib/paraglide/messages';

const NAMES: Record<Role, () => string> = {
	owner: m.role_owner,
	editor: m.role_editor,
	approver: m.role_approver,
	viewer: m.role_viewer
};

const DESCRIPTIONS: Record<Role, () => string> = {
	owner: m.role_owner_description,
	editor: m.role_editor_description,
	approver: m.role_approver_description,
	viewer: m.role_viewer_description
};

export function roleName(role: Role | string) {
	return (NAMES[role as Role] ?? m.role_viewer)();
}

export function roleDescription(role: Role | string) {
	return (DESCRIPTIONS[role as Role] ?? m.role_viewer_description)();
}
