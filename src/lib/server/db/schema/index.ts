export * from './accounts';
export * from './workspaces';
export * from './brands';
export * from './calendar';
export * from './outreach';
export * from './audience';
export * from './access';
export * from './comments';
