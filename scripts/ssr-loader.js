// Scripts load the app's TypeScript modules through a bare Vite server (no config: the modules
// they load use relative imports only, never $lib aliases).
import { createServer } from 'vite';

export function createSsrLoader() {
	return createServer({
		configFile: false,
		appType: 'custom',
		logLevel: 'error',
		server: { middlewareMode: true, hmr: false, ws: false }
	});
}
