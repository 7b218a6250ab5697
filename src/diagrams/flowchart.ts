/**
 * A small builder of Mermaid flowchart source. Generators say what to draw (nodes, edges, groups, classes);
 * this writes it in one consistent, escaped and deterministic form, so golden files change only when the
 * drawing does.
 */
import { accText, label } from './escape.ts';
import { overriddenBy, type LookName } from './looks.ts';
import type { Diagram } from './types.ts';

/** How a node is drawn: a unit as a box, a person as a rounded box, a group of seats as a stadium. */
export type Shape = 'box' | 'round' | 'stadium';

/**
 * How an edge is drawn: a line a change ends (old, dashed), starts (new, thick), one that stands (plain), one we
 * infer (dotted), or none at all (hidden: it still places the nodes, so two charts of one graph line up).
 */
export type EdgeStyle = 'old' | 'new' | 'plain' | 'inferred' | 'hidden';

const SHAPES: Record<Shape, [string, string]> = { box: ['[', ']'], round: ['(', ')'], stadium: ['([', '])'] };
/** No arrowheads: in a top-down chart of who runs what, the one above runs or contains the one below. */
const LINKS: Record<EdgeStyle, string> = { old: '-.-', new: '===', plain: '---', inferred: '-.-', hidden: '~~~' };

/** Node classes that are drawn (LOOKS in mermaidConfig.ts); `absent` keeps a node's place but does not draw it. */
const NODE_LOOKS = ['person', 'group', 'changed', 'created', 'day', 'span'] as const;

/**
 * How a chart is laid out. `wrap`: the characters per label line. `hang`: the narrow layout's hanging tree, in which
 * the boxes under one box, and the boxes over one box, stand in a column instead of a row (hidden links, in the
 * order of the drawing, put each a rank below the one before), so the chart grows down the page, not across it.
 */
export interface FlowchartLayout {
	wrap?: number;
	/** Hang the boxes under each box in a column, and with 'both' the boxes over each box too. */
	hang?: 'lowers' | 'both';
	/** Draw in this direction instead of the chart's own. */
	direction?: 'TB' | 'LR';
	/** The gap between ranks, in px, instead of the configured one. */
	rankSpacing?: number;
	/** The gap between boxes of one rank, in px, instead of the configured one. */
	nodeSpacing?: number;
	/** The space between a box's label and its outline, in px, instead of the configured one. */
	padding?: number;
	/** The width, in px, at which mermaid wraps a label's lines, instead of the configured one. */
	wrappingWidth?: number;
	/** The most characters a label keeps before it is cut with "…" (a column of entries can take them whole). */
	maxLabel?: number;
}

/**
 * The narrow layout of a chart: a hanging tree with short label lines and tight gaps, to fit 320 px at 12 px labels.
 * It suits a chart whose boxes have few boxes under them (a change: its unit's old and new places stack above it).
 */
export const NARROW: FlowchartLayout = { wrap: 10, hang: 'both', nodeSpacing: 6, rankSpacing: 28 };

/**
 * The narrow layout of a chart three or more ranks deep with several boxes under one (a new unit and its parts).
 * Short label lines and a small padding keep the hanging staircase of parts within a phone's width: the new sales
 * department's chart is 400 px wide at 14 px labels (343 px at 12 px), where 12 characters and the configured
 * padding needed 451 px (387 px at 12 px) of the 354 px a 390 px screen gives it.
 */
export const NARROW_HANGING: FlowchartLayout = {
	wrap: 10,
	hang: 'lowers',
	nodeSpacing: 4,
	rankSpacing: 28,
	padding: 4,
};

/**
 * The narrow layout of a chart two ranks deep with many boxes under one (a person's direct reports): left to right,
 * so the boxes under one box stand in one column beside it.
 */
export const NARROW_SIDEWAYS: FlowchartLayout = { wrap: 12, direction: 'LR', nodeSpacing: 12, rankSpacing: 20 };

interface Node {
	id: string;
	text: string;
	shape: Shape;
	classes: string[];
}

/** Builds the Mermaid source of one flowchart. */
export class Flowchart {
	private readonly lines: string[] = [];
	private readonly nodes = new Map<string, Node>();
	private readonly edgeKinds: Record<string, 'old' | 'new' | 'inferred'> = {};
	private readonly used = new Set<LookName>();
	private edgeCount = 0;
	private readonly indent = '  ';
	private readonly direction: 'TB' | 'BT' | 'LR' | 'RL';
	private readonly title: string;
	/** The accessible description, which a second layout of the same chart repeats. */
	readonly description: string;
	private readonly layout: FlowchartLayout;
	private readonly links: { upper: string; lower: string }[] = [];

	constructor(
		direction: 'TB' | 'BT' | 'LR' | 'RL',
		title: string,
		description: string,
		layout: FlowchartLayout = {},
	) {
		this.direction = direction;
		this.title = title;
		this.description = description;
		this.layout = layout;
	}

	/**
	 * Adds a node once, with an optional second name (in Chinese) and further lines of words, each on a line of its
	 * own; later calls add classes only.
	 */
	node(
		id: string,
		text: string,
		shape: Shape = 'box',
		classes: string[] = [],
		zh?: string,
		extra: readonly string[] = [],
	): this {
		const existing = this.nodes.get(id);
		if (existing) {
			for (const c of classes) if (!existing.classes.includes(c)) existing.classes.push(c);
			return this;
		}
		this.nodes.set(id, { id, text, shape, classes: [...classes] });
		const [open, close] = SHAPES[shape];
		this.lines.push(
			`${this.indent}${id}${open}${label(text, this.layout.wrap ?? 20, [...(zh ? [zh] : []), ...extra], this.layout.maxLabel)}${close}`,
		);
		return this;
	}

	/** Adds an edge from `upper` (drawn above) to `lower`; no label, the hierarchy says what it means. */
	edge(upper: string, lower: string, style: EdgeStyle = 'plain'): this {
		const id = `e${this.edgeCount++}`;
		this.lines.push(`${this.indent}${upper} ${id}@${LINKS[style]} ${lower}`);
		if (style === 'old' || style === 'new' || style === 'inferred') this.edgeKinds[id] = style;
		if (style !== 'hidden') this.used.add(style);
		if (style !== 'hidden') this.links.push({ upper, lower });
		return this;
	}

	/**
	 * Draws what `build` adds inside a frame of its own, for boxes that hang together under one edge (a column of an
	 * org chart). The frame has no title; mermaid puts no class on a frame, so the stylesheet knows it by its id.
	 */
	group(id: string, build: () => void): this {
		this.lines.push(`${this.indent}subgraph ${id} [" "]`, `${this.indent}${this.indent}direction TB`);
		build();
		this.lines.push(`${this.indent}end`);
		return this;
	}

	/**
	 * The hidden links of a hanging tree: each box's lowers, then each box's uppers, chained in the order of a
	 * topological sort of the drawn links, so every hidden link runs downward too and no cycle forces dagre to turn
	 * a drawn line over.
	 */
	private hangingLinks(): string[] {
		const order = new Map<string, number>();
		const visit = (id: string, seen: Set<string>) => {
			if (order.has(id) || seen.has(id)) return;
			seen.add(id);
			for (const l of this.links) if (l.lower === id) visit(l.upper, seen);
			order.set(id, order.size);
		};
		for (const id of this.nodes.keys()) visit(id, new Set());
		const byRank = (ids: string[]) => [...new Set(ids)].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
		const pairs = new Set<string>();
		for (const id of this.nodes.keys()) {
			for (const group of [
				this.links.filter((l) => l.upper === id).map((l) => l.lower),
				this.layout.hang === 'both' ? this.links.filter((l) => l.lower === id).map((l) => l.upper) : [],
			]) {
				const column = byRank(group);
				for (let i = 1; i < column.length; i++) pairs.add(`${column[i - 1]} ~~~ ${column[i]}`);
			}
		}
		return [...pairs].map((pair) => `${this.indent}${pair}`);
	}

	/** The style of each edge that is not plain, by edge id, for CSS rules added to the rendered SVG. */
	edgeStyles(): Record<string, 'old' | 'new' | 'inferred'> {
		return { ...this.edgeKinds };
	}

	/** The looks this chart draws: the styles of its visible edges and the classes of its visible nodes. */
	looks(): Set<LookName> {
		const looks = new Set(this.used);
		for (const node of this.nodes.values()) {
			if (node.classes.includes('absent')) continue;
			const mine = node.classes.filter((c): c is LookName => (NODE_LOOKS as readonly string[]).includes(c));
			// A look another of the node's looks overrides is not what the reader sees on it.
			for (const look of mine) if (!overriddenBy(look).some((other) => mine.includes(other))) looks.add(look);
		}
		return looks;
	}

	/**
	 * The finished diagram. Its legend keeps only the entries for looks the chart draws, so no legend lists a line
	 * or box that is not there; a look drawn without an entry is an error in the generator.
	 */
	diagram(fields: Omit<Diagram, 'title' | 'description' | 'source' | 'edgeStyles'>): Diagram {
		const looks = this.looks();
		const legend = fields.legend.filter((entry) => looks.has(entry.style));
		const missing = [...looks].filter((look) => !legend.some((entry) => entry.style === look));
		if (missing.length > 0)
			throw new Error(
				`diagram ${fields.id}: the legend has no entry for ${missing.join(', ')}, which the diagram draws.`,
			);
		return {
			...fields,
			legend,
			title: this.title,
			description: this.description,
			source: this.toString(),
			edgeStyles: this.edgeStyles(),
		};
	}

	/** The Mermaid source. */
	toString(): string {
		const classLines: string[] = [];
		const byClass = new Map<string, string[]>();
		for (const node of this.nodes.values())
			for (const c of node.classes) byClass.set(c, [...(byClass.get(c) ?? []), node.id]);
		for (const [c, ids] of [...byClass].sort(([a], [b]) => a.localeCompare(b)))
			classLines.push(`  class ${ids.join(',')} ${c}`);
		const { rankSpacing, nodeSpacing, padding, wrappingWidth } = this.layout;
		const settings = Object.entries({ rankSpacing, nodeSpacing, padding, wrappingWidth })
			.filter(([, value]) => value !== undefined)
			.map(([name, value]) => `    ${name}: ${value}`);
		const spacing = settings.length > 0 ? ['---', 'config:', '  flowchart:', ...settings, '---'] : [];
		return [
			...spacing,
			`flowchart ${this.layout.direction ?? this.direction}`,
			`  accTitle: ${accText(this.title)}`,
			`  accDescr: ${accText(this.description)}`,
			...this.lines,
			...(this.layout.hang ? this.hangingLinks() : []),
			...classLines,
			'',
		].join('\n');
	}
}
