/** The H5 sign-in page's list: demo people grouped by community, in seed order. Pure. */
import {
  DEMO_COMMUNITY,
  DEMO_PENDING,
  DEMO_PEOPLE,
  DEMO_UNIT_ADMIN,
  OTHER_COMMUNITY,
  type DemoPerson,
} from '../../types/demo';

export interface PeopleGroup {
  communityName: string;
  people: DemoPerson[];
}

const COMMUNITY_NAMES: Record<string, string> = {
  [DEMO_COMMUNITY._id]: DEMO_COMMUNITY.name,
  [OTHER_COMMUNITY._id]: OTHER_COMMUNITY.name,
};

export function groupByCommunity(
  people: readonly DemoPerson[] = [...DEMO_PEOPLE, DEMO_PENDING, DEMO_UNIT_ADMIN],
): PeopleGroup[] {
  const groups = new Map<string, PeopleGroup>();
  for (const p of people) {
    const g = groups.get(p.communityId) ?? {
      communityName: COMMUNITY_NAMES[p.communityId] ?? p.communityId,
      people: [],
    };
    g.people.push(p);
    groups.set(p.communityId, g);
  }
  return [...groups.values()];
}
