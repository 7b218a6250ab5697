/** A diagram generated from report data: Mermaid source with its accessible name and a text equivalent. */
import type { LookName } from './looks.ts';

/** The kinds of diagram the site draws. */
type DiagramKind = 'org-before' | 'org-after' | 'change' | 'timeline' | 'direct-reports' | 'unit-restructure';

/** How each styled edge of a drawing is drawn, by edge id: lines a change ends (old), starts (new), or our inference. */
type EdgeStyles = Record<string, 'old' | 'new' | 'inferred'>;

/**
 * A second drawing of a diagram's facts, for screens about 390 px wide: the same facts and the same legend, laid out
 * to fit (top-down instead of sideways, stacked instead of side by side). Pages show it where the main drawing
 * would not fit at 12 px labels (see diagrams/layouts.ts).
 */
export interface NarrowLayout {
	/** Its Mermaid source. */
	source: string;
	/** How its styled edges are drawn, by edge id (its own ids: the two drawings number their edges apart). */
	edgeStyles: EdgeStyles;
}

/** One diagram: what it is, its Mermaid source, and the same facts as text. */
export interface Diagram {
	/** Unique within its report and stable between builds, for example "change-youpin-to-xiaomi-china". */
	id: string;
	/** The report it belongs to. */
	reportId: string;
	kind: DiagramKind;
	/** The accessible name, also shown as the caption. */
	title: string;
	/** The accessible description. */
	description: string;
	/** The Mermaid source. */
	source: string;
	/** The same facts as the diagram, one sentence each, for the text equivalent under it. */
	facts: string[];
	/** How each styled edge is drawn, by edge id: lines a change ends (old), starts (new), or our inference. */
	edgeStyles: EdgeStyles;
	/** A drawing of the same facts for narrow screens, when the main one is too wide for a phone. */
	narrow?: NarrowLayout;
	/** Legend entries for the styles the diagram uses. */
	legend: LegendEntry[];
}

/** One entry of a diagram's legend. */
export interface LegendEntry {
	/** The look it describes (LOOKS in mermaidConfig.ts), which draws both the diagram and the legend swatch. */
	style: LookName;
	/** What it means. */
	text: string;
}
