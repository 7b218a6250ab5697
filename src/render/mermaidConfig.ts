/**
 * The Mermaid configuration of every diagram. Colours are CSS custom properties in `themeCSS` (themeVariables
 * reject `var()`), so one inline SVG follows the reader's theme; the classic look with dagre keeps dashed edges
 * dashed; labels are plain SVG text in the site's own font.
 */

/** The font the site serves and the diagrams are measured in. */
export const DIAGRAM_FONT = '"Inter Variable", Inter, system-ui, sans-serif';

const THEME_CSS = `
svg { background: transparent; }
text, .label, .label text, .node text, .nodeLabel, .edgeLabel, .cluster-label, .cluster-label text, tspan { fill: var(--d-text, #1c1917); color: var(--d-text, #1c1917); font-family: ${DIAGRAM_FONT}; }
.node rect, .node polygon, .node circle, .node path { fill: var(--d-node, #fff); stroke: var(--d-node-stroke, #78716c); }
.node.person rect, .node.person path { fill: var(--d-person, #dbeafe); stroke: var(--d-person-stroke, #1d4ed8); }
.node.group rect, .node.group path { fill: var(--d-group, #f5f5f4); }
.node.created rect, .node.created path { fill: var(--d-new, #dcfce7); stroke: var(--d-new-stroke, #15803d); }
.cluster rect { fill: transparent; stroke: var(--d-node-stroke, #78716c); stroke-dasharray: 2 2; }
.flowchart-link { stroke: var(--d-edge, #44403c); }
.label .background, .labelBkg { stroke: none; }
.marker path, marker path { stroke-dasharray: none; }
.marker, marker path { fill: var(--d-edge, #44403c); stroke: var(--d-edge, #44403c); }
.edgeLabel, .edgeLabel rect, .edgeLabel .background, .labelBkg { background-color: var(--panel, #f3f1ec); fill: var(--panel, #f3f1ec); }
.edgeLabel text, .edgeLabel tspan { fill: var(--muted, #57534e); }
.timeline-node rect, .timeline-node path, .node-bkg { fill: var(--d-node, #fff); stroke: var(--d-node-stroke, #78716c); }
.timeline-node text, .timeline-node tspan { fill: var(--d-text, #1c1917); }
.section-edge, .node-line-0, .node-line-1, .node-line-2, .node-line-3, .lineWrapper line { stroke: var(--d-edge, #44403c); }
.eventWrapper rect, .eventWrapper path { fill: var(--d-group, #f5f5f4); }
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
	themeVariables: { fontFamily: DIAGRAM_FONT, fontSize: '14px' },
	themeCSS: THEME_CSS,
	flowchart: { htmlLabels: false, useMaxWidth: false, padding: 12, nodeSpacing: 36, rankSpacing: 48 },
	timeline: { useMaxWidth: false, disableMulticolor: true, padding: 8 },
} as const;
