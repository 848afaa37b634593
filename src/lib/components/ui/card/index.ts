export { default as Root, default as Card } from './card.svelte';
