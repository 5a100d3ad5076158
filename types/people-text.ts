/**
 * The text people write, by function and action: every field here goes through WeChat's content
 * security check (msgSecCheck v2) before the action runs, so nothing flagged is ever saved or shown
 * (issue 11.12). Names count (a person's, a grid's, an item's), and so do staff notes and reasons.
 * tests/functions/people-text.test.ts walks every event schema and fails on a string field that is
 * neither listed here nor a known structured field (ids, dates, phone, room, codes), so a new
 * free-text field cannot skip the check unnoticed.
 */

/** msgSecCheck v2 scenes: 1 资料 (names), 2 评论 (comments, replies, notes), 3 论坛 (posts). */
export const TEXT_SCENES = { profile: 1, comment: 2, forum: 3 } as const;
export type TextScene = keyof typeof TEXT_SCENES;

export interface PeopleTextRule {
  /** Field paths in the event (dots for nesting). */
  fields: readonly string[];
  scene: TextScene;
}

const names = (...fields: string[]): PeopleTextRule => ({ fields, scene: 'profile' });
const comments = (...fields: string[]): PeopleTextRule => ({ fields, scene: 'comment' });
const posts = (...fields: string[]): PeopleTextRule => ({ fields, scene: 'forum' });

export const PEOPLE_TEXT: Readonly<Record<string, Readonly<Record<string, PeopleTextRule>>>> = {
  orders: {
    submit: comments('content'),
    dispatch: comments('reply', 'note'),
    complete: comments('note'),
    rate: comments('comment'),
    rectify: comments('reply'),
    handBack: comments('reason'),
    respond: comments('note'),
    wait: comments('reason'),
    dispute: comments('comment'),
  },
  meetings: {
    create: posts('title', 'place', 'name'),
    propose: posts('title', 'content'),
    review: comments('reason'),
    record: comments('notes'),
    decide: comments('decision'),
    progress: comments('note'),
  },
  notices: {
    post: posts('title', 'content'),
    signup: comments('note'),
  },
  org: {
    'grid.add': names('name'),
    'grid.rename': names('name'),
    'building.add': names('name'),
    'building.rename': names('name'),
  },
  // 活动: the title, description and place are shown to the whole community.
  activities: {
    publish: posts('activity.title', 'activity.description', 'activity.place'),
  },
  // 服务阵地: the place's name, address and opening hours are shown to every resident.
  places: {
    save: names('place.name', 'place.address', 'place.hours'),
  },
  // 预约服务阵地: a room's name is shown to every resident; a booking's purpose and group name to
  // staff; a block's reason to everyone who opens the room's day.
  bookings: {
    'room.save': names('room.name'),
    book: comments('purpose', 'groupName'),
    block: comments('reason'),
    staffCancel: comments('reason'),
  },
  // 商家: a merchant's page and services are shown to every resident; a reply answers a 差评.
  merchants: {
    'page.save': names('page.hours', 'page.description'),
    'service.save': names('service.title', 'service.description'),
    reply: comments('reply'),
  },
  points: {
    award: comments('reason'),
    reverse: comments('reason'),
    'item.save': names('name'),
  },
  user: {
    'profile.update': names('name'),
  },
  // 微心愿: the wish is public once approved; the review reason and the claimer's note are read by the poster.
  wishes: {
    post: posts('title', 'description'),
    review: comments('reason'),
    fulfil: comments('note'),
  },
  // 在职党员报到: the 党组织 and 特长 are shown to the admin and the unit; 建议, reasons and the
  // 反馈卡's remark go to the community and the member's unit.
  party: {
    register: names('partyOrg', 'skillsNote'),
    suggest: comments('text'),
    'review.decide': comments('reason'),
    'card.sign': comments('remark'),
  },
};

/** The people's text an event carries (non-empty values of its listed fields), one per line. */
export function peopleTextOf(fn: string, event: { action: string }): { text: string; scene: TextScene } | null {
  const rule = PEOPLE_TEXT[fn]?.[event.action];
  if (!rule) return null;
  const values = rule.fields
    .map((path) =>
      path.split('.').reduce<unknown>((v, key) => (v as Record<string, unknown> | undefined)?.[key], event),
    )
    .filter((v): v is string => typeof v === 'string' && v.trim() !== '');
  return values.length ? { text: values.join('\n'), scene: rule.scene } : null;
}
