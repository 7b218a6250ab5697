/** URLs of the site's pages, in one place so that links and pages cannot disagree. */

/** The article of a report. */
export const reportPath = (reportId: string) => `/reports/${reportId}/`;

/** The permalink page of one change. */
export const changePath = (reportId: string, changeId: string) => `/reports/${reportId}/changes/${changeId}/`;

/** The anchor of a change in the article. */
export const changeAnchor = (changeId: string) => `change-${changeId}`;

/** The page of a person, across reports. */
export const personPath = (personId: string) => `/people/${personId}/`;

/** The page of a unit, across reports. */
export const unitPath = (unitId: string) => `/units/${unitId}/`;

/** The share card of a change, of a report (no change) or of the home page (neither). */
export const cardPath = (reportId?: string, changeId?: string) =>
	reportId ? (changeId ? `/og/${reportId}/${changeId}.png` : `/og/${reportId}.png`) : '/og/home.png';

/** The open-data JSON of a report. */
export const reportDataPath = (reportId: string) => `/data/${reportId}.json`;

/** The open-data CSV of a report's changes. */
export const changesCsvPath = (reportId: string) => `/data/${reportId}-changes.csv`;

/** A link to a quote in the article: the change's anchor, then a text fragment for browsers that support one. */
export function quoteLink(reportId: string, changeId: string, quote: string): string {
	const words = quote.split(/\s+/);
	const encode = (text: string) => encodeURIComponent(text).replace(/-/g, '%2D');
	const fragment = words.length > 8 ? `${encode(words.slice(0, 4).join(' '))},${encode(words.slice(-4).join(' '))}` : encode(quote);
	return `${reportPath(reportId)}#${changeAnchor(changeId)}:~:text=${fragment}`;
}
