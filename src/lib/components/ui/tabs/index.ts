export { default as Root, default as Tabs } from './tabs.svelte';
export { default as Link } from './tabs-link.svelte';
export { isCurrentTab } from './current';
