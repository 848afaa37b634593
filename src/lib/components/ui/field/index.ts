export { default as Root, default as Field } from './field.svelte';
export { default as ChoiceField } from './choice-field.svelte';
export { controlClass } from './control';
