/** Typed calls of the `org` cloud function (types/org.ts). */
import type { Envelope } from '../../types/envelope';
import type { OrgTree } from '../../types/org';
import { callCloud } from './cloud';

/** The person's community with its grids and their buildings. */
export function getTree(): Promise<Envelope<OrgTree>> {
  return callCloud<OrgTree>('org', { action: 'tree' });
}
