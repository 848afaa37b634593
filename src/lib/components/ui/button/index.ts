export { default as Root, default as Button } from './button.svelte';
