import { readFileSync } from 'node:fs';
import { optimize } from 'svgo';
import { describe, expect, it } from 'vitest';
import { optimiseSvg } from './svg.ts';

/** optimiseSvg as it was with svgo's whole default preset, before the plugins that save nothing were cut. */
function withWholePreset(svg: string, prefix: string): string {
	const styles = svg.match(/<style\b[^>]*>[\s\S]*?<\/style>/g) ?? [];
	const bare = styles.reduce((text, style) => text.replace(style, ''), svg);
	const optimised = optimize(bare, {
		plugins: [
			{ name: 'preset-default', params: { overrides: { cleanupIds: false, removeDesc: false, convertShapeToPath: false, removeUnknownsAndDefaults: { keepRoleAttr: true, keepAriaAttrs: true } } } },
			'removeScripts',
			{ name: 'removeAttrs', params: { attrs: ['data-.*'] } },
		],
	}).data;
	const restyled = optimised.replace(/\sstyle="[^"]*"/g, '').replace(/^(<svg\b[^>]*>)/, `$1${styles.join('')}`);
	return optimize(restyled, { plugins: ['minifyStyles', { name: 'prefixIds', params: { prefix, delim: '-', prefixClassNames: false } }] }).data;
}

describe('the svgo plugins kept', () => {
	// Raw mermaid 12 output of two of the site's diagrams: a flowchart with a dashed (rough.js) outline, a timeline.
	for (const name of ['raw-change.svg', 'raw-timeline.svg']) {
		it(`give the same bytes as the whole default preset on ${name}`, () => {
			const raw = readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
			const lean = optimiseSvg(raw, 'rl-x-d');
			expect(lean.length).toBeLessThan(raw.length * 0.7);
			expect(lean).toBe(withWholePreset(raw, 'rl-x-d'));
		});
	}
});
