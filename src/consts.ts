/**
 * The site's own name, written once: page titles, the header, feeds, open data, oEmbed, citations and share cards
 * all say it, and a rename is one edit here.
 */

/** The name of the site. */
export const SITE_TITLE = 'Reorg Lens';
