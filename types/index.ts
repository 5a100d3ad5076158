export * from './envelope';
export * from './roles';
export * from './user';
export * from './org';
export * from './collections';
export * from './points';
export * from './meetings';
export * from './notices';
