/**
 * How tall a section of the article will be on a phone, estimated at build time from its HTML.
 *
 * On phones and tablets a section off screen is not laid out until the reader scrolls near it
 * (`content-visibility: auto` in global.css): laying out every paragraph and drawing of the article at load made up
 * most of its main-thread work on a phone. Until a section is laid out its box keeps the height declared here in
 * `data-narrow-h`, and afterwards the height it last had, so the scroll bar and the page's length are about right
 * from the start. The estimate is a sum: each figure's drawing at a phone's column (the `data-box-h-narrow` the
 * diagrams integration measured, of the phone layout where a figure has two) plus its heading, caption and text
 * equivalent; the section's other visible text by its characters; a margin per block. Notes are left out: on a
 * phone each is a chip in the line until opened. The constants come from the article measured at 390 px, where
 * the estimate is within a quarter of the drawn height of each section; the browser corrects it on first layout.
 */

/** CSS px of a phone's text column per character of body text (about 45 characters on a 29 px line). */
const PX_PER_CHAR = 0.7;
/** CSS px of margin and padding per block of text (paragraph, list item, heading, definition). */
const PX_PER_BLOCK = 24;
/** CSS px a figure takes beyond its drawing: its heading, caption, text-equivalent toggle and links. */
const PX_PER_FIGURE = 520;

/** The height of the drawing a phone shows for one figure's HTML, in CSS px (0 when it declares none). */
function figureDrawingHeight(figure: string): number {
	const narrow = /<div class="figure-box[^"]*\bfigure-box--narrow\b[^"]*"[^>]*\bdata-box-h-narrow="(\d+)"/.exec(
		figure,
	);
	const only = /\bdata-box-h-narrow="(\d+)"/.exec(figure);
	return Number((narrow ?? only)?.[1] ?? 0);
}

/**
 * The estimated height of a section's content on a phone, in CSS px rounded to 10, from its rendered HTML. Only the
 * markup this site renders is expected (figures as `<figure>`, notes as `<aside>`); for other HTML it is a rough
 * estimate by characters, never an error.
 */
export function estimateNarrowHeight(html: string): number {
	const figures = html.match(/<figure\b[\s\S]*?<\/figure>/g) ?? [];
	const drawings = figures.reduce((sum, f) => sum + figureDrawingHeight(f) + PX_PER_FIGURE, 0);
	const rest = html
		.replace(/<figure\b[\s\S]*?<\/figure>/g, '')
		.replace(/<(svg|style|script|aside)\b[\s\S]*?<\/\1>/g, '');
	const blocks = (rest.match(/<(p|li|h[2-6]|dt|dd|blockquote)\b/g) ?? []).length;
	const text = rest
		.replace(/<[^>]+>/g, '')
		.replace(/&[#a-z0-9]+;/gi, ' ')
		.replace(/\s+/g, ' ')
		.trim();
	return Math.round((drawings + text.length * PX_PER_CHAR + blocks * PX_PER_BLOCK) / 10) * 10;
}
