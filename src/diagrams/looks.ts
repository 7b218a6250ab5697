/**
 * The one table (LOOKS) that says how each kind of line and box is drawn, in the diagrams' own words: a generator
 * names a look ('old', 'changed' …) for each edge and node, and its legend names the same looks. It lives with the
 * diagrams, which choose looks, and the renderer reads it (render/mermaidConfig.ts writes the drawing's CSS from it,
 * render/legendSwatch.ts the legend's swatches), so a legend cannot promise a colour, dash or weight the drawing
 * does not use.
 */

/** The size labels are drawn at, in SVG units: at natural size, 1 unit is 1 CSS px. The drawings are laid out for it
 * (diagrams/timelineFit.ts) and the renderer sets it. */
export const LABEL_PX = 14;

/** Every style a legend can name: lines (edges) and boxes (nodes). */
export type LookName =
	'plain' | 'old' | 'new' | 'inferred' | 'person' | 'group' | 'changed' | 'created' | 'day' | 'span';

/** How one legend entry is drawn: the shape of its swatch and the CSS it applies to what it names. */
export interface Look {
	/**
	 * A line (an edge) or a box (a node); a box may be rounded (a person) or a stadium (a group of seats). On the
	 * timeline, a diamond marks a date known to the day and a bar one known only to the month or the year.
	 */
	shape: 'line' | 'box' | 'round' | 'stadium' | 'diamond' | 'bar';
	/** The declarations, in both the drawing and the swatch; colours are custom properties with a light fallback. */
	css: Record<string, string>;
}

/**
 * The looks, in cascade order: a node that is both a person and changed takes the changed stroke. Every colour
 * here is at least 3:1 against the diagram panel in both themes (global.css holds the values).
 */
export const LOOKS: Record<LookName, Look> = {
	plain: {
		shape: 'line',
		css: { stroke: 'var(--d-edge,#44403c)', 'stroke-width': '1.5px', 'stroke-dasharray': 'none' },
	},
	inferred: {
		shape: 'line',
		css: { stroke: 'var(--muted,#57534e)', 'stroke-width': '1.5px', 'stroke-dasharray': '2 3' },
	},
	old: {
		shape: 'line',
		css: { stroke: 'var(--d-old-stroke,#b91c1c)', 'stroke-width': '2px', 'stroke-dasharray': '6 4' },
	},
	new: {
		shape: 'line',
		css: { stroke: 'var(--d-new-stroke,#15803d)', 'stroke-width': '3px', 'stroke-dasharray': 'none' },
	},
	person: {
		shape: 'round',
		css: { fill: 'var(--d-person,#dbeafe)', stroke: 'var(--d-person-stroke,#1d4ed8)', 'stroke-width': '1.5px' },
	},
	group: { shape: 'stadium', css: { fill: 'var(--d-group,#f5f5f4)', 'stroke-dasharray': '4 3' } },
	changed: {
		shape: 'box',
		css: { fill: 'var(--d-changed,#fde68a)', stroke: 'var(--d-changed-stroke,#92400e)', 'stroke-width': '2.5px' },
	},
	created: {
		shape: 'box',
		css: { fill: 'var(--d-new,#dcfce7)', stroke: 'var(--d-new-stroke,#15803d)', 'stroke-width': '2.5px' },
	},
	day: {
		shape: 'diamond',
		css: { fill: 'var(--d-edge,#44403c)', stroke: 'var(--d-edge,#44403c)', 'stroke-width': '1px' },
	},
	span: {
		shape: 'bar',
		css: { fill: 'var(--d-node,#fff)', stroke: 'var(--d-edge,#44403c)', 'stroke-width': '1.5px' },
	},
};

/** Later looks that set some property this one sets: on a box that carries both, the later one is what shows. */
export function overriddenBy(look: LookName): LookName[] {
	const names = Object.keys(LOOKS) as LookName[];
	const mine = Object.keys(LOOKS[look].css);
	const boxes = ['box', 'round', 'stadium'];
	return names
		.slice(names.indexOf(look) + 1)
		.filter(
			(other) =>
				boxes.includes(LOOKS[other].shape) && Object.keys(LOOKS[other].css).some((p) => mine.includes(p)),
		);
}

/** A declaration block from a look. */
export function lookCss(name: LookName): string {
	return Object.entries(LOOKS[name].css)
		.map(([property, value]) => `${property}:${value}`)
		.join(';');
}
