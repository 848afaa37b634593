export * from './accounts';
export * from './workspaces';
