/** The community's points table (community doc `settings.points`) over the defaults. */
import { DEFAULT_POINT_SETTINGS, type PointSettings } from '../../types/points';

export function pointSettingsFrom(override?: Partial<PointSettings>): PointSettings {
  const set = Object.entries(override ?? {}).filter(([, v]) => v !== undefined);
  return { ...DEFAULT_POINT_SETTINGS, ...Object.fromEntries(set) };
}
