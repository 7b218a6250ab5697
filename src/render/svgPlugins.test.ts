import { readFileSync } from 'node:fs';
import { optimize } from 'svgo';
import { describe, expect, it } from 'vitest';
import { mergeWordRuns, optimiseSvg } from './svg.ts';

/** optimiseSvg as it was with svgo's whole default preset, before the plugins that save nothing were cut, with our own plugins. */
function withWholePreset(svg: string, prefix: string): string {
	const styles = svg.match(/<style\b[^>]*>[\s\S]*?<\/style>/g) ?? [];
	const bare = styles.reduce((text, style) => text.replace(style, ''), svg);
	const optimised = optimize(bare, {
		plugins: [
			{
				name: 'preset-default',
				params: {
					overrides: {
						cleanupIds: false,
						removeDesc: false,
						convertShapeToPath: false,
						removeUnknownsAndDefaults: { keepRoleAttr: true, keepAriaAttrs: true },
					},
				},
			},
			mergeWordRuns,
			'removeScripts',
			{ name: 'removeAttrs', params: { attrs: ['data-.*'] } },
		],
	}).data;
	const restyled = optimised.replace(/\sstyle="[^"]*"/g, '').replace(/^(<svg\b[^>]*>)/, `$1${styles.join('')}`);
	return optimize(restyled, {
		plugins: [
			{ name: 'minifyStyles', params: { usage: false } },
			{ name: 'prefixIds', params: { prefix, delim: '-', prefixClassNames: false } },
		],
	}).data;
}

describe('the svgo plugins kept', () => {
	// Raw mermaid 12 output of two of the site's diagrams: a flowchart with a dashed (rough.js) outline, a timeline.
	for (const name of ['raw-change.svg', 'raw-timeline.svg']) {
		it(`give the same bytes as the whole default preset on ${name}`, () => {
			const raw = readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
			const lean = optimiseSvg(raw, 'rl-x-d');
			// The stylesheet is kept whole (pages share it, see diagramStyle.ts); the drawing itself shrinks.
			const drawing = (svg: string) => svg.replace(/<style\b[^>]*>[\s\S]*?<\/style>/g, '').length;
			expect(drawing(lean)).toBeLessThan(drawing(raw) * 0.9);
			expect(lean).toBe(withWholePreset(raw, 'rl-x-d'));
		});
	}
});
