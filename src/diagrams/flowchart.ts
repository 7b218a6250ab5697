/**
 * A small builder of Mermaid flowchart source. Generators say what to draw (nodes, edges, groups, classes);
 * this writes it in one consistent, escaped and deterministic form, so golden files change only when the
 * drawing does.
 */
import { accText, label } from './escape.ts';
import type { Diagram } from './types.ts';

/** How a node is drawn: a unit as a box, a person as a rounded box, a group of seats as a stadium. */
export type Shape = 'box' | 'round' | 'stadium';

/** How an edge is drawn: before (dashed), after (thick solid), standing (plain) or inferred (dotted). */
export type EdgeStyle = 'old' | 'new' | 'plain' | 'inferred';

const SHAPES: Record<Shape, [string, string]> = { box: ['[', ']'], round: ['(', ')'], stadium: ['([', '])'] };
const ARROWS: Record<EdgeStyle, string> = { old: '-.->', new: '==>', plain: '-->', inferred: '-.->' };

/**
 * Classes a flowchart's nodes may carry. Their colours come from themeCSS, which may use the site's custom
 * properties where classDef may not. Edges get no classDef (mermaid would write it as an inline style, which the
 * site's Content-Security-Policy forbids): their styles are CSS rules keyed by edge id, see edgeStyles().
 */
const CLASS_DEFS = [
	'classDef person stroke-width:1.5px',
	'classDef group stroke-dasharray:4 3',
	'classDef changed stroke-width:2.5px',
	'classDef created stroke-width:2.5px',
];

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
	private readonly edgeKinds: Record<string, Exclude<EdgeStyle, 'plain'>> = {};
	private edgeCount = 0;
	private indent = '  ';
	private readonly direction: 'TB' | 'BT' | 'LR' | 'RL';
	private readonly title: string;
	private readonly description: string;

	constructor(direction: 'TB' | 'BT' | 'LR' | 'RL', title: string, description: string) {
		this.direction = direction;
		this.title = title;
		this.description = description;
	}

	/** Adds a node once; later calls with the same id add classes only. */
	node(id: string, text: string, shape: Shape = 'box', classes: string[] = []): this {
		const existing = this.nodes.get(id);
		if (existing) {
			for (const c of classes) if (!existing.classes.includes(c)) existing.classes.push(c);
			return this;
		}
		this.nodes.set(id, { id, text, shape, classes: [...classes] });
		const [open, close] = SHAPES[shape];
		this.lines.push(`${this.indent}${id}${open}${label(text)}${close}`);
		return this;
	}

	/** Adds an edge from `from` to `to` with a short label. */
	edge(from: string, to: string, text: string, style: EdgeStyle = 'plain'): this {
		const id = `e${this.edgeCount++}`;
		this.lines.push(`${this.indent}${from} ${id}@${ARROWS[style]}|${label(text, 24)}| ${to}`);
		if (style !== 'plain') this.edgeKinds[id] = style;
		return this;
	}

	/** Draws the nodes added inside `body` in a labelled group. */
	group(id: string, text: string, body: () => void): this {
		this.lines.push(`${this.indent}subgraph ${id}[${label(text, 40)}]`);
		const outer = this.indent;
		this.indent += '  ';
		body();
		this.indent = outer;
		this.lines.push(`${this.indent}end`);
		return this;
	}

	/** The style of each edge that is not plain, by edge id, for CSS rules added to the rendered SVG. */
	edgeStyles(): Record<string, Exclude<EdgeStyle, 'plain'>> {
		return { ...this.edgeKinds };
	}

	/** The finished diagram: this chart's title, description, source and edge styles with the given facts. */
	diagram(fields: Omit<Diagram, 'title' | 'description' | 'source' | 'edgeStyles'>): Diagram {
		return { ...fields, title: this.title, description: this.description, source: this.toString(), edgeStyles: this.edgeStyles() };
	}

	/** The Mermaid source. */
	toString(): string {
		const classLines: string[] = [];
		const byClass = new Map<string, string[]>();
		for (const node of this.nodes.values()) for (const c of node.classes) byClass.set(c, [...(byClass.get(c) ?? []), node.id]);
		for (const [c, ids] of [...byClass].sort(([a], [b]) => a.localeCompare(b))) classLines.push(`  class ${ids.join(',')} ${c}`);
		return [
			`flowchart ${this.direction}`,
			`  accTitle: ${accText(this.title)}`,
			`  accDescr: ${accText(this.description)}`,
			...this.lines,
			...CLASS_DEFS.map((d) => `  ${d}`),
			...classLines,
			'',
		].join('\n');
	}
}
