import { describe, expect, it } from 'vitest';
import { svgPrefix, diagramKey, diagramKeys } from './renderDiagrams.ts';
import { Flowchart } from '../diagrams/flowchart.ts';
import { legend } from '../diagrams/legend.ts';
import { layoutsOf, narrowId, withNarrow } from '../diagrams/layouts.ts';
import type { Diagram } from '../diagrams/types.ts';

function chart(direction: 'TB' | 'LR', style: 'old' | 'new') {
	const c = new Flowchart(direction, 'A moves', 'One line.');
	c.node('n_a', 'A').node('n_b', 'B');
	c.edge('n_a', 'n_b', style);
	return c;
}

const main: Diagram = chart('TB', 'old').diagram({
	id: 'change-a',
	reportId: 'r',
	kind: 'change',
	facts: ['A runs B.'],
	legend: legend(),
});

describe('the layouts of a diagram', () => {
	it('is the main drawing alone when there is no narrow layout, unchanged', () => {
		const [only, ...rest] = layoutsOf(main);
		expect(rest).toEqual([]);
		expect(only).toMatchObject({ id: 'change-a', layout: 'wide', of: 'change-a', source: main.source });
		expect(diagramKey(only)).toBe(diagramKey(main));
	});

	it('gives a narrow layout its own id, source, cache key and SVG id prefix', () => {
		const both = withNarrow(main, chart('LR', 'old'));
		const [wide, narrow] = layoutsOf(both);
		expect(narrow).toMatchObject({
			id: narrowId('change-a'),
			layout: 'narrow',
			of: 'change-a',
			legend: main.legend,
			facts: main.facts,
		});
		expect(narrow.source).toMatch(/^flowchart LR$/m);
		expect(diagramKey(wide)).toBe(diagramKey(main));
		expect(new Set(diagramKeys(both)).size).toBe(2);
		expect(svgPrefix(narrow)).toBe('rl-r-change-a--narrow');
		expect(svgPrefix(wide)).toBe('rl-r-change-a');
	});

	it('refuses a narrow layout that draws other looks than the legend lists', () => {
		expect(() => withNarrow(main, chart('LR', 'new'))).toThrow(
			/change-a: its narrow layout must draw what the legend lists; it also draws new and does not draw old/,
		);
	});
});
