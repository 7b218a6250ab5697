/**
 * The layouts of a diagram. Most diagrams have one drawing; one that is too wide for a phone also has a narrow
 * layout (`Diagram.narrow`). The renderer, the cache, the pages and the published files treat each layout as a
 * diagram of its own, under its own id (`<id>.narrow`), cache key and SVG id prefix, so nothing downstream needs to
 * know about layouts except the figure, which inlines both and lets CSS show the one that fits.
 */
import type { Diagram, NarrowLayout } from './types.ts';
import type { Flowchart } from './flowchart.ts';

/** Which drawing of a diagram: the main one, or the one for narrow screens. */
type LayoutName = 'wide' | 'narrow';

/** One layout of a diagram, as a diagram of its own; `of` is the id of the diagram it draws. */
export type DiagramLayoutView = Diagram & { layout: LayoutName; of: string };

/** The id of a diagram's narrow layout: a dot cannot occur in a report's slugs, so it never names another diagram. */
export const narrowId = (id: string) => `${id}.narrow`;

/** Every layout of a diagram, the main one first; the main one keeps the diagram's id, source and cache key. */
export function layoutsOf(diagram: Diagram): DiagramLayoutView[] {
	const { narrow, ...wide } = diagram;
	const main: DiagramLayoutView = { ...wide, layout: 'wide', of: diagram.id };
	if (!narrow) return [main];
	return [
		main,
		{
			...wide,
			id: narrowId(diagram.id),
			source: narrow.source,
			edgeStyles: narrow.edgeStyles,
			layout: 'narrow',
			of: diagram.id,
		},
	];
}

/** Every layout of every diagram, in order. */
export const allLayouts = (diagrams: readonly Diagram[]): DiagramLayoutView[] => diagrams.flatMap(layoutsOf);

/**
 * The diagram with a narrow layout drawn by `chart`. The legend belongs to both drawings, so the narrow one must
 * draw exactly the looks the legend lists: a legend entry with nothing to point at, or a look without an entry, is
 * an error in the generator.
 */
export function withNarrow(diagram: Diagram, chart: Flowchart): Diagram {
	const looks = chart.looks();
	const listed = new Set(diagram.legend.map((entry) => entry.style));
	const extra = [...looks].filter((look) => !listed.has(look));
	const missing = [...listed].filter((look) => !looks.has(look));
	if (extra.length > 0 || missing.length > 0) {
		throw new Error(
			`diagram ${diagram.id}: its narrow layout must draw what the legend lists; it ${extra.length > 0 ? `also draws ${extra.join(', ')}` : ''}${extra.length > 0 && missing.length > 0 ? ' and ' : ''}${missing.length > 0 ? `does not draw ${missing.join(', ')}` : ''}.`,
		);
	}
	const narrow: NarrowLayout = { source: chart.toString(), edgeStyles: chart.edgeStyles() };
	return { ...diagram, narrow };
}
