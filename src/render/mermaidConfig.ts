/**
 * The Mermaid configuration of every diagram. Colours are CSS custom properties in `themeCSS` (themeVariables reject `var()`), so one inline SVG follows
 * the reader's theme; the classic look with dagre keeps dashed edges dashed; labels are plain SVG text in the site's
 * own font. The drawing (themeCSS, edgeCss) and the legend swatches are both written from LOOKS (diagrams/looks.ts), so a legend cannot
 * promise a colour, dash or weight the drawing does not use.
 */
import { LABEL_PX, LOOKS, lookCss, type LookName } from '../diagrams/looks.ts';

/**
 * The font the site serves and the diagrams are measured in. Chinese names fall to the site's self-hosted CJK
 * subset ('Noto Sans SC Subset', see cjkFont.ts; its @font-face is on every page, limited by unicode-range).
 */
const DIAGRAM_FONT = '"Inter Variable", Inter, "Noto Sans SC Subset", system-ui, sans-serif';

/** The smallest label a reader is shown, in CSS px: a diagram is never scaled below MIN_LABEL_PX / LABEL_PX. */
export const MIN_LABEL_PX = 12;

/** The base look of every box, under the looks above. */
const NODE_CSS = 'fill:var(--d-node,#fff);stroke:var(--d-node-stroke,#78716c);stroke-width:1px';

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
	gantt: {
		useMaxWidth: false,
		useWidth: 860 /* the timeline sets its own (diagrams/timelineFit.ts) */,
		fontSize: LABEL_PX,
		sectionFontSize: LABEL_PX,
		barHeight: 22,
		barGap: 6,
		topPadding: 40,
		leftPadding: 30,
		rightPadding: 30,
		gridLineStartPadding: 30,
		numberSectionStyles: 1,
	},
	timeline: { useMaxWidth: false, disableMulticolor: true, padding: 8 },
} as const;
