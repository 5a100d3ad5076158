/**
 * 能力清单: the skills a party member or volunteer offers (issue 14). Registration (在职党员报到)
 * records them, and a 召集令 names the skill it wants so it reaches the people who have it.
 * A table is data (value, label); free text beside it covers what the list does not.
 */
import { z } from 'zod';

export const SKILLS = [
  'mediation',
  'legal',
  'health',
  'repair',
  'tutoring',
  'culture',
  'counselling',
  'elderly_care',
  'publicity',
  'it',
  'other',
] as const;
export type Skill = (typeof SKILLS)[number];
export const skillSchema = z.enum(SKILLS);
export const SKILL_LABELS: Record<Skill, string> = {
  mediation: '矛盾调解',
  legal: '法律咨询',
  health: '医疗健康',
  repair: '家电维修',
  tutoring: '教育辅导',
  culture: '文艺宣传',
  counselling: '心理疏导',
  elderly_care: '助老助残',
  publicity: '摄影宣传',
  it: '信息技术',
  other: '其他',
};
