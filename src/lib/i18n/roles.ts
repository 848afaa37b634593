import type { Role } from '$lib/domain/roles';
import { m } from '$lib/paraglide/messages';

export function roleName(role: Role | string) {
	return role === 'owner' ? m.role_owner() : role === 'editor' ? m.role_editor() : m.role_viewer();
}

export function roleDescription(role: Role | string) {
	return role === 'owner'
		? m.role_owner_description()
		: role === 'editor'
			? m.role_editor_description()
			: m.role_viewer_description();
}
