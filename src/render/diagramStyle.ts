/**
 * Mermaid writes several kilobytes of stylesheet into every SVG, each rule keyed by that SVG's id (`#rl-… .node
 * rect`), so a page with eleven diagrams carried eleven near-copies. This module splits a diagram's stylesheet into
 * the part every diagram of its kind shares and the part that is its own. In the shared part the SVG's id is replaced
 * by a scope that any SVG can carry, `:is(#rl-d-<hash>,.rl-d-<hash>)`: the root gets the class, and the `:is()` with
 * an id in it keeps the specificity of the id it replaces (1,0,0), so every rule wins and loses against the others
 * exactly as before. The hash is of the shared CSS itself, so diagrams whose shared CSS differs (a flowchart and a
 * gantt chart) never share a scope. Rules that still name the diagram's own ids (its edges, `url(#…)` references)
 * stay with the diagram; rules that need a `data-*` attribute, which optimiseSvg removes, are dropped. Pages put each shared sheet once in their head (components/DiagramStyles.astro); the
 * standalone file puts the diagram's id back (standaloneSvg.ts).
 */
import { createHash } from 'node:crypto';
import { generate, parse, walk, type CssNode, type Rule, type StyleSheet } from 'css-tree';

/** The attribute that marks an SVG's shared `<style>`, whose value is the scope class. */
export const SHARED_STYLE_ATTR = 'data-rl-shared';

/** A diagram's stylesheet, split. */
export interface SplitStyle {
	/** The scope class the SVG's root carries, `rl-d-<hash>`. */
	scope: string;
	/** Rules every diagram with this scope shares, keyed by the scope. */
	shared: string;
	/** Rules that name this diagram's own ids. */
	own: string;
}

const PLACEHOLDER = 'rl-scope-placeholder';

/** The selector a scope class stands for in CSS: matches the class, weighs as an id. */
function scopeSelector(scope: string): string {
	return `:is(#${scope},.${scope})`;
}

/**
 * Splits mermaid's stylesheet of the SVG whose root id is `rootId`: top-level rules whose only mention of the id
 * is as a selector go to the shared part, with the id replaced by the scope; everything else stays the diagram's.
 * `extraShared` is CSS the same in every diagram (the legend swatches), appended to the shared part.
 */
export function splitDiagramStyle(css: string, rootId: string, extraShared = ''): SplitStyle {
	const sheet = parse(css, { context: 'stylesheet' }) as StyleSheet;
	const shared: string[] = [];
	const own: string[] = [];
	sheet.children.forEach((node: CssNode) => {
		if (node.type === 'Rule' && !liveSelectors(node)) return;
		const text = node.type === 'Rule' ? scopedRule(node, rootId) : generate(node);
		(text.includes(rootId) ? own : shared).push(text.includes(rootId) ? generate(node) : text);
	});
	const generic = shared.join('') + extraShared;
	const scope = `rl-d-${createHash('sha256').update(generic).digest('hex').slice(0, 8)}`;
	return { scope, shared: generic.replaceAll(`#${PLACEHOLDER}`, scopeSelector(scope)), own: own.join('') };
}

/**
 * Keeps only the selectors of a rule that can match, and says whether any is left. optimiseSvg removes every
 * `data-*` attribute, so a selector that needs one (mermaid's `[data-look=neo]` rules) matches nothing in our SVG.
 */
function liveSelectors(rule: Rule): boolean {
	if (rule.prelude.type !== 'SelectorList') return true;
	const needsData = (selector: CssNode) => {
		let found = false;
		walk(selector, {
			visit: 'AttributeSelector',
			enter: (a) => void (found ||= a.type === 'AttributeSelector' && a.name.name.startsWith('data-')),
		});
		return found;
	};
	const live = rule.prelude.children.filter((selector) => !needsData(selector));
	rule.prelude.children = live;
	return !live.isEmpty;
}

/** The rule with every id selector naming the root replaced by the placeholder; the rule itself is left as it was. */
function scopedRule(rule: Rule, rootId: string): string {
	const copy = parse(generate(rule), { context: 'rule' }) as Rule;
	walk(copy.prelude, {
		visit: 'IdSelector',
		enter(node: CssNode) {
			if (node.type === 'IdSelector' && node.name === rootId) node.name = PLACEHOLDER;
		},
	});
	return generate(copy);
}

/** Puts a diagram's id back in place of a scope, for a file that stands alone. */
export function unscope(css: string, scope: string, rootId: string): string {
	return css.replaceAll(scopeSelector(scope), `#${rootId}`);
}
