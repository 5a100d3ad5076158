/**
 * The community's 微心愿 rules (community doc `settings.wishes`) over the defaults: what a claimer
 * earns when the resident confirms, in which points area, and the most minutes of volunteer hours
 * one wish credits (the claimer declares the time spent; more than this is cut to it).
 */
import type { PointArea } from '../../types/points';

export interface WishSettings {
  points: number;
  area: PointArea;
  maxMinutes: number;
}

export const DEFAULT_WISH_SETTINGS: WishSettings = { points: 10, area: 'volunteer', maxMinutes: 240 };

export function wishSettingsFrom(override?: Partial<WishSettings>): WishSettings {
  const set = Object.entries(override ?? {}).filter(([, v]) => v !== undefined);
  return { ...DEFAULT_WISH_SETTINGS, ...Object.fromEntries(set) };
}

/** The minutes a fulfilled wish credits: what the claimer declared, at most the community's cap. */
export const creditedWishMinutes = (declared: number, settings: WishSettings): number =>
  Math.max(1, Math.min(Math.floor(declared), settings.maxMinutes));
