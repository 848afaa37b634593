// What every test file imports: a database migrated from drizzle/ and the factories that fill it.
export * from './database';
export * from './factories';
