/** The meeting records live in _shared/meetings/model.ts: the `ledgers` function reads them too. */
export * from '../_shared/meetings/model';
