/**
 * Turns the SVG that mermaid returns into the SVG that pages inline: well-formed, optimised, with every id
 * prefixed (mermaid reuses ids between diagrams), an accessible name of our own, fixed dimensions so nothing
 * shifts on load, and nothing that can run.
 */
import { xmlEscape } from '../diagrams/escape.ts';
import { optimize, type CustomPlugin, type XastChild, type XastElement } from 'svgo';
import { SHARED_STYLE_ATTR, splitDiagramStyle } from './diagramStyle.ts';
import { LABEL_PX, LOOKS, lookCss, type LookName } from '../diagrams/looks.ts';
import { MIN_LABEL_PX } from './mermaidConfig.ts';

/** Thrown when a rendered SVG holds something that could run; the build stops rather than publish it. */
export class UnsafeSvgError extends Error {}

/** Tags that could run code, and attributes that could inside any tag; text that merely says so is harmless. */
const UNSAFE_TAG = /^<(?:script|foreignObject|iframe|object|embed)\b/i;
const UNSAFE_ATTRIBUTE = /\son[a-z]+\s*=|\s(?:xlink:)?href\s*=\s*["']?\s*(?:javascript|data|vbscript):/i;

/** Returns the first tag of an SVG that could run code, or undefined. */
export function findUnsafeMarkup(svg: string): string | undefined {
	return svg.match(/<[^>]+>/g)?.find((tag) => UNSAFE_TAG.test(tag) || UNSAFE_ATTRIBUTE.test(tag));
}

/**
 * The plugins of svgo's default preset that save bytes on mermaid's output, in the preset's order. The other twenty
 * of the preset were measured on the real site's diagrams and a 100-diagram corpus: with or without them the output
 * is byte for byte the same (sortAttrs saves nothing but orders attributes, so it stays to keep the output
 * unchanged), and each costs a walk of the whole tree. When mermaid changes, measure again: bytes saved with each
 * plugin of the preset left out in turn, on the same two sets.
 */
const SAVING_PLUGINS = [
	'cleanupNumericValues',
	'convertColors',
	{ name: 'removeUnknownsAndDefaults', params: { keepRoleAttr: true, keepAriaAttrs: true } },
	'removeHiddenElems',
	'moveElemsAttrsToGroup',
	'moveGroupAttrsToElems',
	'collapseGroups',
	'convertPathData',
	'convertTransform',
	'removeEmptyContainers',
	'sortAttrs',
] as const;

/** True when a node is a `<tspan>` holding text alone, with no attribute that places or styles it apart. */
function isWordRun(node: XastChild): node is XastElement {
	if (node.type !== 'element' || node.name !== 'tspan') return false;
	const names = Object.keys(node.attributes);
	return names.every((name) => name === 'class') && node.children.every((child) => child.type === 'text');
}

/**
 * Mermaid puts each word of a label after the first in its own `<tspan>` that starts with a space ("Lei", " Jun").
 * Browsers keep that space; SVG viewers that follow SVG 1.1's white-space rules (rsvg-convert, and what is built on
 * it) strip it, drawing "LeiJun". Merging each run of such word tspans into one keeps the spaces inside a text node
 * everywhere, and draws the same line in a browser. Exported for the test that compares the plugins with svgo's preset.
 */
export const mergeWordRuns: CustomPlugin = {
	name: 'mergeWordRuns',
	fn: () => ({
		element: {
			enter(node) {
				const merged: XastChild[] = [];
				for (const child of node.children) {
					const last = merged.at(-1);
					if (
						last &&
						isWordRun(last) &&
						isWordRun(child) &&
						last.attributes.class === child.attributes.class
					) {
						const text = [...last.children, ...child.children]
							.map((t) => (t.type === 'text' ? t.value : ''))
							.join('');
						last.children = [{ type: 'text', value: text }];
					} else merged.push(child);
				}
				node.children = merged;
			},
		},
	}),
};

/**
 * Optimises an SVG with svgo, then prefixes every id and every reference to it (url(#…), href, CSS selectors).
 * Mermaid's stylesheet is set aside during the main pass: with it, svgo computes styles element by element and
 * takes seconds a diagram; the classes it styles are kept, so putting it back afterwards loses nothing. The
 * stylesheet is minified whole, rules this diagram does not use included, so that every diagram of a kind ends up
 * with the same rules and can share them (diagramStyle.ts).
 */
export function optimiseSvg(svg: string, prefix: string): string {
	const styles = svg.match(/<style\b[^>]*>[\s\S]*?<\/style>/g) ?? [];
	const bare = styles.reduce((text, style) => text.replace(style, ''), svg);
	const optimised = optimize(bare, {
		plugins: [
			...SAVING_PLUGINS,
			mergeWordRuns,
			'removeScripts',
			{ name: 'removeAttrs', params: { attrs: ['data-.*'] } },
		],
	}).data;
	// Inline style attributes would need 'unsafe-inline' under the site's CSP; the stylesheet and edgeCss carry them.
	const restyled = optimised.replace(/\sstyle="[^"]*"/g, '').replace(/^(<svg\b[^>]*>)/, `$1${styles.join('')}`);
	return optimize(restyled, {
		plugins: [
			{ name: 'minifyStyles', params: { usage: false } },
			{ name: 'prefixIds', params: { prefix, delim: '-', prefixClassNames: false } },
		],
	}).data;
}

/**
 * The CSS of a diagram's styled edges, written from LOOKS. An edge rule is keyed by the SVG's id and the edge's
 * (`#svg :is(#svg-e0,…)`, specificity 2,0,0) so it outranks mermaid's own `#svg .flowchart-link` and
 * `.edge-pattern-dotted` (1,1,0); classes or inline styles on edges are not an option (mermaid keeps neither, and
 * the CSP forbids the second).
 */
export function edgeCss(svgId: string, styles: Record<string, 'old' | 'new' | 'inferred'>): string {
	const byLook = new Map<LookName, string[]>();
	for (const [edge, look] of Object.entries(styles))
		byLook.set(look, [...(byLook.get(look) ?? []), `#${svgId}-${edge}`]);
	return [...byLook].map(([look, ids]) => `#${svgId} :is(${ids.join(',')}){${lookCss(look)}}`).join('');
}

/** The legend swatches' CSS (`.rl-swatch .rl-<look>`), from the same LOOKS as the drawing; the same on every page. */
export const SWATCH_CSS = [
	'.rl-swatch .rl-box{fill:var(--d-node,#fff);stroke:var(--d-node-stroke,#78716c);stroke-width:1px}',
	...(Object.keys(LOOKS) as LookName[]).map((look) => `.rl-swatch .rl-${look}{${lookCss(look)}}`),
].join('');

/** Inline in HTML, an SVG <style> has its character references decoded before its CSP hash is checked; keeping
 * none in it makes the text the page hashes and the text the browser hashes the same. */
function cspSafeCss(css: string): string {
	return css
		.replace(/&quot;/g, "'")
		.replace(/&gt;/g, '>')
		.replace(/&apos;/g, "'");
}

/**
 * Sets width and height from the viewBox, adds role, title and desc, and splits the stylesheet: the rules every
 * diagram of its kind shares in a `<style data-rl-shared="scope">` (see diagramStyle.ts; the root carries the scope
 * class), then the diagram's own rules and `extraCss`. Returns the final SVG.
 */
export function finishSvg(svg: string, id: string, title: string, description: string, extraCss = ''): string {
	const end = svg.indexOf('>');
	if (!svg.startsWith('<svg') || end < 0) throw new Error(`diagram ${id}: the rendered output is not an SVG`);
	const viewBox = svg.slice(0, end).match(/viewBox="([-\d.]+)[ ,]+([-\d.]+)[ ,]+([-\d.]+)[ ,]+([-\d.]+)"/);
	if (!viewBox) throw new Error(`diagram ${id}: the rendered SVG has no viewBox`);
	const width = Math.ceil(Number(viewBox[3]));
	const height = Math.ceil(Number(viewBox[4]));
	let root = svg
		.slice(0, end)
		.replace(/\s(?:width|height|style|aria-labelledby|aria-describedby|aria-roledescription|role)="[^"]*"/g, '');
	// Never drawn below MIN_LABEL_PX: a wider diagram scrolls inside its box rather than shrinking its labels.
	const rootId = root.match(/\sid="([^"]+)"/)?.[1];
	const minWidth = rootId ? `#${rootId}{min-width:${Math.ceil((width * MIN_LABEL_PX) / LABEL_PX)}px}` : '';
	const css = [...svg.slice(end + 1).matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)]
		.map(([, text]) => cspSafeCss(text))
		.join('');
	let styles = `<style>${css}${extraCss}${minWidth}</style>`;
	if (rootId) {
		const { scope, shared, own } = splitDiagramStyle(css, rootId, SWATCH_CSS);
		styles = `<style ${SHARED_STYLE_ATTR}="${scope}">${shared}</style><style>${own}${extraCss}${minWidth}</style>`;
		root = /\sclass="/.test(root)
			? root.replace(/\sclass="([^"]*)"/, ` class="$1 ${scope}"`)
			: `${root} class="${scope}"`;
	}
	const body = svg
		.slice(end + 1)
		.replace(/<style\b[^>]*>[\s\S]*?<\/style>/g, '')
		.replace(/<title\b[^>]*>[\s\S]*?<\/title>/g, '')
		.replace(/<desc\b[^>]*>[\s\S]*?<\/desc>/g, '');
	const out =
		`${root} width="${width}" height="${height}" role="img" aria-labelledby="${id}-title ${id}-desc">` +
		`<title id="${id}-title">${xmlEscape(title)}</title><desc id="${id}-desc">${xmlEscape(description)}</desc>${styles}${body}`;
	const unsafe = findUnsafeMarkup(out);
	if (unsafe)
		throw new UnsafeSvgError(
			`diagram ${id}: the rendered SVG contains markup that could run: ${unsafe.slice(0, 80)}`,
		);
	return out;
}
