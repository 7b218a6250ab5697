/**
 * The full-size `.svg` file of a diagram, made to keep its meaning in any viewer, not only in a browser. The inline
 * SVG takes its colours from the page's custom properties (`var(--d-old-stroke)`, each a `light-dark()` pair in
 * global.css) and a shared stylesheet in the page's head; SVG viewers outside browsers (rsvg-convert and the
 * previewers and converters built on it) understand neither custom properties nor `:is()`, and drew every box beige
 * and every line black and solid. Here the stylesheet is rewritten with css-tree: the shared part scoped back to the
 * diagram's own id, `:is()` lists expanded into plain selector lists (same specificity), every `var()` replaced by
 * its light value, and the colour declarations repeated with dark values under `@media (prefers-color-scheme:
 * dark)`, in the same order, so the cascade picks the same rule in either theme. A panel rectangle behind the
 * drawing gives it the page's background, since outside the page nothing else does. CSS `transform`s (mermaid turns
 * a timeline's milestones into diamonds with one, about a `transform-origin` attribute) are written onto the
 * elements they match as `transform` attributes too, which rsvg-convert reads and browsers let the CSS override.
 */
import { generate, List, parse, walk, type CssNode, type Declaration, type Selector, type StyleSheet } from 'css-tree';
import { optimize, querySelectorAll, type CustomPlugin, type XastRoot } from 'svgo';
import { SHARED_STYLE_ATTR, unscope } from './diagramStyle.ts';

/** A theme colour by custom property name (without `--`): its light and its dark value. */
export type Palette = Map<string, { light: string; dark: string }>;

/** The colour custom properties global.css declares as `--name: light-dark(light, dark);`. */
export function paletteFrom(globalCss: string): Palette {
	const palette: Palette = new Map();
	for (const [, name, light, dark] of globalCss.matchAll(
		/^\s*--([\w-]+):\s*light-dark\(\s*([^,()]+?)\s*,\s*([^,()]+?)\s*\);/gm,
	)) {
		palette.set(name, { light, dark });
	}
	return palette;
}

/** A value with every `var(--name, fallback)` replaced by the palette's colour for the theme. */
function resolve(value: string, palette: Palette, theme: 'light' | 'dark'): string {
	return value.replace(/var\(\s*--([\w-]+)\s*(?:,\s*([^()]*?))?\s*\)/g, (whole, name: string, fallback?: string) => {
		const colour = palette.get(name)?.[theme] ?? fallback;
		if (!colour)
			throw new Error(
				`standalone SVG: the diagram's CSS uses ${whole}, which global.css does not define as light-dark(); add it there`,
			);
		return colour;
	});
}

/** Replaces each compound `:is(a,b)` in a selector by one selector per argument: `x :is(a,b)` → `x a, x b`. */
function expandIs(selector: Selector): Selector[] {
	const parts = selector.children.toArray();
	const at = parts.findIndex((n) => n.type === 'PseudoClassSelector' && n.name === 'is' && n.children);
	if (at < 0) return [selector];
	const args = (parts[at] as CssNode & { children: List<CssNode> }).children.first;
	if (!args || args.type !== 'SelectorList') return [selector];
	return args.children.toArray().flatMap((arg) => {
		const inner = (arg as Selector).children.toArray();
		if (inner.some((n) => n.type === 'Combinator')) return [selector];
		return expandIs({
			type: 'Selector',
			children: new List<CssNode>().fromArray([...parts.slice(0, at), ...inner, ...parts.slice(at + 1)]),
		});
	});
}

/** The stylesheet with `:is()` expanded and colours resolved, light first and dark under its media query. */
export function standaloneCss(css: string, palette: Palette): string {
	const sheet = parse(css, { context: 'stylesheet' }) as StyleSheet;
	walk(sheet, {
		visit: 'SelectorList',
		enter(list) {
			if (list.type === 'SelectorList')
				list.children = new List<CssNode>().fromArray(
					list.children.toArray().flatMap((s): CssNode[] => (s.type === 'Selector' ? expandIs(s) : [s])),
				);
		},
	});
	const themed = new Set<string>();
	walk(sheet, {
		visit: 'Declaration',
		enter: (d: Declaration) => void (generate(d.value).includes('var(') && themed.add(d.property)),
	});
	const dark: string[] = [];
	sheet.children.forEach((node: CssNode) => {
		if (node.type !== 'Rule') return;
		const rule = node;
		const declarations = rule.block.children
			.toArray()
			.filter((d): d is Declaration => d.type === 'Declaration' && themed.has(d.property));
		if (declarations.length === 0) return;
		dark.push(
			`${generate(rule.prelude)}{${declarations.map((d) => `${d.property}:${resolve(generate(d.value), palette, 'dark')}`).join(';')}}`,
		);
	});
	const light = resolve(generate(sheet), palette, 'light');
	return `${light}@media (prefers-color-scheme:dark){${dark.join('')}}`;
}

/** An SVG transform attribute from a CSS transform value about an origin: units dropped, the origin moved to 0 0. */
function transformAttribute(css: string, origin: string | undefined): string {
	const svg = css.replace(/(-?[\d.]+)(?:deg|px)\b/g, '$1');
	const [x = '0', y = '0'] = (origin ?? '').split(/\s+/).map((v) => v.replace(/px$/, ''));
	return x === '0' && y === '0' ? svg : `translate(${x} ${y}) ${svg} translate(${-Number(x)} ${-Number(y)})`;
}

/** Writes every CSS `transform` of the stylesheet onto the elements its rule matches, as an attribute. */
function bakeTransforms(root: XastRoot, css: string): void {
	walk(parse(css, { context: 'stylesheet' }), {
		visit: 'Rule',
		enter(node) {
			if (node.type !== 'Rule' || node.prelude.type !== 'SelectorList') return;
			const transform = node.block.children
				.toArray()
				.find((d): d is Declaration => d.type === 'Declaration' && d.property === 'transform');
			if (!transform || /%|none/.test(generate(transform.value))) return;
			// A selector css-select cannot read (a pseudo-class of interaction) matches nothing outside a browser anyway.
			const matched = (() => {
				try {
					return querySelectorAll(root, generate(node.prelude));
				} catch {
					return [];
				}
			})();
			for (const element of matched) {
				if (element.type === 'element')
					element.attributes.transform = transformAttribute(
						generate(transform.value),
						element.attributes['transform-origin'],
					);
			}
		},
	});
}

/** The svgo plugin that merges the SVG's styles into one standalone stylesheet and lays the panel behind it. */
function standalonePlugin(palette: Palette): CustomPlugin {
	return {
		name: 'standalone',
		fn: (root) => {
			const svg = root.children.find((n) => n.type === 'element' && n.name === 'svg');
			if (!svg || svg.type !== 'element') throw new Error('standalone SVG: the cached diagram is not an SVG');
			const rootId = svg.attributes.id ?? '';
			const [x = 0, y = 0, width = 0, height = 0] = (svg.attributes.viewBox ?? '').split(/[\s,]+/).map(Number);
			let css = '';
			svg.children = svg.children.filter((node) => {
				if (node.type !== 'element' || node.name !== 'style') return true;
				const text = node.children
					.map((t) => (t.type === 'text' || t.type === 'cdata' ? t.value : ''))
					.join('');
				const scope = node.attributes[SHARED_STYLE_ATTR];
				css += scope ? unscope(text, scope, rootId) : text;
				return false;
			});
			css += `#${rootId} .rl-panel{fill:var(--panel)}`;
			const resolved = standaloneCss(css, palette);
			bakeTransforms(root, resolved.slice(0, resolved.lastIndexOf('@media')));
			const style = {
				type: 'element' as const,
				name: 'style',
				attributes: {},
				children: [{ type: 'text' as const, value: resolved }],
			};
			const panel = {
				type: 'element' as const,
				name: 'rect',
				attributes: {
					class: 'rl-panel',
					x: String(x),
					y: String(y),
					width: String(width),
					height: String(height),
				},
				children: [],
			};
			const at = svg.children.findIndex((n) => n.type === 'element' && n.name !== 'title' && n.name !== 'desc');
			svg.children.splice(at < 0 ? svg.children.length : at, 0, style, panel);
			return {};
		},
	};
}

/** The standalone file of a diagram from the SVG the page inlines. */
export function standaloneSvg(svg: string, palette: Palette): string {
	return optimize(svg, { plugins: [standalonePlugin(palette)] }).data;
}
