export * from './lib/errors';
export * from './lib/permissions';
export * from './lib/auth';
export * from './lib/realtime';
export * from './lib/filings';
export * from './lib/files';
export * from './lib/notifications';
export * from './lib/directory';
