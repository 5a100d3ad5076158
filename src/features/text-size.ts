/**
 * How big body text is. WeChat's 适老化 guide: follow the person's WeChat font setting
 * (fontSizeSetting, standard 17 px, 关怀模式 23.8 px); in 长辈模式 body text is at least the
 * 关怀模式 size and tap targets at least 48 px. Sizes come in a few tiers, each a CSS class
 * (app.scss `.fs-17` …) that sets the font and NutUI variables for the whole page. Pure.
 */
export const TEXT_TIERS = [17, 20, 24, 28] as const;
export type TextTier = (typeof TEXT_TIERS)[number];

export const STANDARD_PX = 17;
export const CARE_MODE_PX = 23.8;

/** The smallest tier at least as big as both the person's WeChat setting and the mode's floor. */
export function textTier(opts: { elder: boolean; fontSizeSetting?: number | null }): TextTier {
  const floor = opts.elder ? CARE_MODE_PX : STANDARD_PX;
  const setting = typeof opts.fontSizeSetting === 'number' && opts.fontSizeSetting > 0 ? opts.fontSizeSetting : 0;
  const want = Math.max(floor, setting);
  return TEXT_TIERS.find((t) => t >= want) ?? TEXT_TIERS[TEXT_TIERS.length - 1];
}

/** Class names for a page root: the tier, plus `elder` for layout changes (bigger tiles, fewer). */
export function pageClass(tier: TextTier, elder: boolean): string {
  return `page fs-${tier}${elder ? ' elder' : ''}`;
}
