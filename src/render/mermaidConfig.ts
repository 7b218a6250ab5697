/**
 * The Mermaid configuration of every diagram, and the one table (LOOKS) that says how each kind of line and box is
 * drawn. Colours are CSS custom properties in `themeCSS` (themeVariables reject `var()`), so one inline SVG follows
 * the reader's theme; the classic look with dagre keeps dashed edges dashed; labels are plain SVG text in the site's
 * own font. The drawing (themeCSS, edgeCss) and the legend swatches are both written from LOOKS, so a legend cannot
 * promise a colour, dash or weight the drawing does not use.
 */

/**
 * The font the site serves and the diagrams are measured in. Chinese names fall to the site's self-hosted CJK
 * subset ('Noto Sans SC Subset', see cjkFont.ts; its @font-face is on every page, limited by unicode-range).
 */
export const DIAGRAM_FONT = '"Inter Variable", Inter, "Noto Sans SC Subset", system-ui, sans-serif';

/** The size labels are drawn at, in SVG units: at natural size, 1 unit is 1 CSS px. */
export const LABEL_PX = 14;

/** The smallest label a reader is shown, in CSS px: a diagram is never scaled below MIN_LABEL_PX / LABEL_PX. */
export const MIN_LABEL_PX = 12;

/** Every style a legend can name: lines (edges) and boxes (nodes). */
export type LookName = 'plain' | 'old' | 'new' | 'inferred' | 'person' | 'group' | 'changed' | 'created' | 'day' | 'span';

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
	plain: { shape: 'line', css: { stroke: 'var(--d-edge,#44403c)', 'stroke-width': '1.5px', 'stroke-dasharray': 'none' } },
	inferred: { shape: 'line', css: { stroke: 'var(--muted,#57534e)', 'stroke-width': '1.5px', 'stroke-dasharray': '2 3' } },
	old: { shape: 'line', css: { stroke: 'var(--d-old-stroke,#b91c1c)', 'stroke-width': '2px', 'stroke-dasharray': '6 4' } },
	new: { shape: 'line', css: { stroke: 'var(--d-new-stroke,#15803d)', 'stroke-width': '3px', 'stroke-dasharray': 'none' } },
	person: { shape: 'round', css: { fill: 'var(--d-person,#dbeafe)', stroke: 'var(--d-person-stroke,#1d4ed8)', 'stroke-width': '1.5px' } },
	group: { shape: 'stadium', css: { fill: 'var(--d-group,#f5f5f4)', 'stroke-dasharray': '4 3' } },
	changed: { shape: 'box', css: { fill: 'var(--d-changed,#fde68a)', stroke: 'var(--d-changed-stroke,#92400e)', 'stroke-width': '2.5px' } },
	created: { shape: 'box', css: { fill: 'var(--d-new,#dcfce7)', stroke: 'var(--d-new-stroke,#15803d)', 'stroke-width': '2.5px' } },
	day: { shape: 'diamond', css: { fill: 'var(--d-edge,#44403c)', stroke: 'var(--d-edge,#44403c)', 'stroke-width': '1px' } },
	span: { shape: 'bar', css: { fill: 'var(--d-node,#fff)', stroke: 'var(--d-edge,#44403c)', 'stroke-width': '1.5px' } },
};

/** Later looks that set some property this one sets: on a box that carries both, the later one is what shows. */
export function overriddenBy(look: LookName): LookName[] {
	const names = Object.keys(LOOKS) as LookName[];
	const mine = Object.keys(LOOKS[look].css);
	const boxes = ['box', 'round', 'stadium'];
	return names.slice(names.indexOf(look) + 1).filter((other) => boxes.includes(LOOKS[other].shape) && Object.keys(LOOKS[other].css).some((p) => mine.includes(p)));
}

/** The base look of every box, under the looks above. */
const NODE_CSS = 'fill:var(--d-node,#fff);stroke:var(--d-node-stroke,#78716c);stroke-width:1px';

/** A declaration block from a look. */
export function lookCss(name: LookName): string {
	return Object.entries(LOOKS[name].css)
		.map(([property, value]) => `${property}:${value}`)
		.join(';');
}

/**
 * Node rules from LOOKS; mermaid prefixes each with the SVG's id, which outranks its own `.node rect` rules. The
 * timeline's marks are nodes too in its narrow layout (a column of dated entries, each box in its date's look, a
 * day's dark, so its words take the panel's colour).
 */
const nodeRules = (Object.keys(LOOKS) as LookName[])
	.filter((name) => ['box', 'round', 'stadium', 'diamond', 'bar'].includes(LOOKS[name].shape))
	.map((name) => `.node.${name} .label-container, .node.${name} .label-container path { ${lookCss(name)}; }`)
	.join('\n');

const THEME_CSS = `
svg { background: transparent; }
text, .label, .label text, .node text, .nodeLabel, .edgeLabel, .cluster-label, .cluster-label text, tspan { fill: var(--d-text, #1c1917); color: var(--d-text, #1c1917); font-family: ${DIAGRAM_FONT}; }
.node .label-container, .node .label-container path { ${NODE_CSS}; }
${nodeRules}
.node.absent { visibility: hidden; }
.node.day .label text, .node.day .label tspan { fill: var(--panel, #f3f1ec); }
.cluster rect { fill: transparent; stroke: var(--d-node-stroke, #78716c); stroke-dasharray: 2 2; }
.cluster[id*=column_] rect { stroke-dasharray: none; stroke-width: 1px; }
path.flowchart-link { ${lookCss('plain')}; }
.label .background, .labelBkg { stroke: none; }
.edgeLabel, .edgeLabel rect, .edgeLabel .background, .labelBkg { background-color: var(--panel, #f3f1ec); fill: var(--panel, #f3f1ec); }
.edgeLabel text, .edgeLabel tspan { fill: var(--muted, #57534e); }
.grid path { stroke: none; }
.grid .tick line { stroke: none; }
.grid .tick { stroke: none; opacity: 1; }
.grid .tick text { fill: var(--d-text, #1c1917); stroke: none; font-size: ${LABEL_PX}px; }
.sectionTitle, .taskText, .taskTextOutsideRight, .taskTextOutsideLeft, .taskText0, .taskTextOutside0 { fill: var(--d-text, #1c1917); font-size: ${LABEL_PX}px; }
.milestoneText { font-style: normal; }
.section0, .section1, .section2, .section3 { fill: transparent; }
rect.task { ${lookCss('span')}; }
rect.task.milestone { ${lookCss('day')}; }
.today { stroke: none; }
`;

/** The options passed to mermaid.initialize in the render page. */
export const MERMAID_CONFIG = {
	startOnLoad: false,
	securityLevel: 'strict',
	theme: 'base',
	look: 'classic',
	layout: 'dagre',
	htmlLabels: false,
	fontFamily: DIAGRAM_FONT,
	themeVariables: { fontFamily: DIAGRAM_FONT, fontSize: `${LABEL_PX}px` },
	themeCSS: THEME_CSS,
	flowchart: { htmlLabels: false, useMaxWidth: false, padding: 10, nodeSpacing: 24, rankSpacing: 40 },
	gantt: { useMaxWidth: false, useWidth: 860 /* the timeline sets its own (diagrams/timelineFit.ts) */, fontSize: LABEL_PX, sectionFontSize: LABEL_PX, barHeight: 22, barGap: 6, topPadding: 40, leftPadding: 30, rightPadding: 30, gridLineStartPadding: 30, numberSectionStyles: 1 },
	timeline: { useMaxWidth: false, disableMulticolor: true, padding: 8 },
} as const;
