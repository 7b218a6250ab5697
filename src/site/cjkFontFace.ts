/**
 * The @font-face rule of the site's CJK subset as every page's <head> carries it. Every page asks with the same
 * reports, so the rule is worked out again only when the reports are not the very bundles of the last page; a pass
 * over every report on every page made the pages' work grow with pages × reports. (Kept out of render/cjkFont.ts,
 * whose code is part of every diagram's cache key.)
 */
import { sameAsLast } from '../model/memo.ts';
import type { ReportBundle } from '../model/schema.ts';
import { cjkFont, cjkFontFace } from '../render/cjkFont.ts';

/** The rule for the pages of these reports ('' when they have no CJK character). */
export const pageCjkFontFace: (bundles: readonly ReportBundle[]) => Promise<string> = sameAsLast(async (bundles) =>
	cjkFontFace(await cjkFont(bundles), 'url'),
);
