/** URLs of the site's pages, in one place so that links and pages cannot disagree. */

/** The article of a report. */
export const reportPath = (reportId: string) => `/reports/${reportId}/`;

/** The permalink page of one change. */
export const changePath = (reportId: string, changeId: string) => `/reports/${reportId}/changes/${changeId}/`;

/** The anchor of a change in the article. */
export const changeAnchor = (changeId: string) => `change-${changeId}`;

/** The anchor of a section in the article. */
export const sectionAnchor = (sectionId: string) => sectionId;
