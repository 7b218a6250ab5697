/**
 * Every URL of the site, built and parsed in this one module so that links, pages and the code that reads a URL back
 * cannot disagree. A *site path* (`/reports/<report>/changes/<change>/`) is a page's place in the built site, without
 * the base path: the permalink manifest records those, and the parsers at the end read them back. Every helper that
 * names a page returns the link to it, the base path included (`/reorg-lens/reports/…/` on a site served under
 * `/reorg-lens/`); `absoluteUrl` turns such a link into the public URL. Files in the built site (share cards) are
 * named by `cardPath` without the base, and linked with `withBase`.
 */
import { config } from './config.ts';

/** A site path ("/feed.xml") as a link under the base path ("/reorg-lens/feed.xml"). */
export function withBase(path: string, base = config.base): string {
	return `${base}${path.replace(/^\//, '')}`;
}

/** A link (base path included) as the public absolute URL. */
export function absoluteUrl(link: string, site = config.site): string {
	return new URL(link, site).href;
}

/** The site path of a report's article. */
const reportSitePath = (reportId: string) => `/reports/${reportId}/`;

/** The site path of a change's permalink page, as the permalink manifest records it. */
export const changeSitePath = (reportId: string, changeId: string) => `${reportSitePath(reportId)}changes/${changeId}/`;

/** The article of a report. */
export const reportPath = (reportId: string) => withBase(reportSitePath(reportId));

/** The permalink page of one change. */
export const changePath = (reportId: string, changeId: string) => withBase(changeSitePath(reportId, changeId));

/** The embeddable page of a change (see publish/embed.ts). */
export const embedPath = (reportId: string, changeId: string) =>
	withBase(`${changeSitePath(reportId, changeId)}embed/`);

/** The oEmbed JSON of a change. */
export const oembedPath = (reportId: string, changeId: string) =>
	withBase(`${changeSitePath(reportId, changeId)}oembed.json`);

/** The Atom feed of the site (no report) or of one report. */
export const feedPath = (reportId?: string) => withBase(reportId ? `${reportSitePath(reportId)}feed.xml` : '/feed.xml');

/** The anchor of a change in the article. */
export const changeAnchor = (changeId: string) => `change-${changeId}`;

/** The page of a person, across reports. */
export const personPath = (personId: string) => withBase(`/people/${personId}/`);

/** The page of a unit, across reports. */
export const unitPath = (unitId: string) => withBase(`/units/${unitId}/`);

/** The site path of a diagram's files and page, without an extension. */
const diagramSitePath = (reportId: string, diagramId: string) => `${reportSitePath(reportId)}diagrams/${diagramId}`;

/** The Mermaid source of a diagram. */
export const diagramSourcePath = (reportId: string, diagramId: string) =>
	withBase(`${diagramSitePath(reportId, diagramId)}.mmd`);

/** The standalone SVG of a diagram's drawing (of one of its layouts, by the layout's id). */
export const diagramSvgPath = (reportId: string, diagramId: string) =>
	withBase(`${diagramSitePath(reportId, diagramId)}.svg`);

/** The full-size page of a diagram, which shows its drawing at natural size on any screen. */
export const diagramPagePath = (reportId: string, diagramId: string) =>
	withBase(`${diagramSitePath(reportId, diagramId)}/`);

/** The file of the share card of a change, of a report (no change) or of the home page (neither), without the base path. */
export const cardPath = (reportId?: string, changeId?: string) =>
	reportId ? (changeId ? `/og/${reportId}/${changeId}.png` : `/og/${reportId}.png`) : '/og/home.png';

/** The open-data JSON of a report. */
export const reportDataPath = (reportId: string) => withBase(`/data/${reportId}.json`);

/** The open-data CSV of a report's changes. */
export const changesCsvPath = (reportId: string) => withBase(`/data/${reportId}-changes.csv`);

/** A link to a quote in the article: the change's anchor, then a text fragment for browsers that support one. */
export function quoteLink(reportId: string, changeId: string, quote: string): string {
	const words = quote.split(/\s+/);
	const encode = (text: string) => encodeURIComponent(text).replace(/-/g, '%2D');
	const fragment =
		words.length > 8
			? `${encode(words.slice(0, 4).join(' '))},${encode(words.slice(-4).join(' '))}`
			: encode(quote);
	return `${reportPath(reportId)}#${changeAnchor(changeId)}:~:text=${fragment}`;
}

/** Territories for languages whose Open Graph locale cannot be told from the language alone. */
const OG_TERRITORY: Record<string, string> = {
	en: 'US',
	zh: 'CN',
	'zh-hans': 'CN',
	'zh-hant': 'TW',
	ja: 'JP',
	ko: 'KR',
	de: 'DE',
	fr: 'FR',
	es: 'ES',
};

/** The Open Graph locale (language_TERRITORY, as og:locale wants) of a page language such as "en" or "zh-Hant". */
export function ogLocale(lang: string): string {
	const [language, region] = lang.split('-');
	if (region && /^[A-Za-z]{2}$/.test(region)) return `${language.toLowerCase()}_${region.toUpperCase()}`;
	const territory = OG_TERRITORY[lang.toLowerCase()];
	return territory ? `${language.toLowerCase()}_${territory}` : language.toLowerCase();
}

/** The id of the report a page belongs to, from its path (with or without the base): /reports/<report>/… */
export function reportIdOfPath(path: string): string | undefined {
	return path.match(/\/reports\/([^/]+)\//)?.[1];
}

/** True for a change's embed page (`…/changes/<change>/embed/`, or its `index.html`), the one page other sites may frame. */
export const isEmbedPath = (path: string) => /\/changes\/[^/]+\/embed\/$/.test(path);
