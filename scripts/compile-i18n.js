// Compiles messages/*.json into src/lib/paraglide before type checks and tests that run outside Vite.
import { compile } from '@inlang/paraglide-js';
import { paraglideOptions } from '../i18n.config.js';

await compile(paraglideOptions);
