/**
 * The size a drawn SVG declares on its root element, in SVG units (CSS px at natural size): the article's figures,
 * the full-size diagram pages and their narrow drawings all size their boxes from it.
 */

/** The `width` and `height` of an SVG's root element; 0 for one it does not declare, or for no SVG. */
export function svgSize(svg: string | undefined): { width: number; height: number } {
	const attr = (name: string) => Number(svg?.match(new RegExp(`^<svg\\b[^>]*\\s${name}="(\\d+)"`))?.[1] ?? 0);
	return { width: attr('width'), height: attr('height') };
}
