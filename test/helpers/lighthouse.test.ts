import { describe, expect, it } from 'vitest';
import { medianScores, type LighthouseScores } from './lighthouse.ts';

const run = (url: string, performance: number, tbtMs: number, cls: number): LighthouseScores => ({
	url,
	performance,
	accessibility: 100,
	'best-practices': 100,
	seo: 100,
	tbtMs,
	fcpMs: 900,
	lcpMs: 1600,
	siMs: 1000,
	cls,
});

describe('the median of Lighthouse runs', () => {
	it('takes each figure’s own median over the runs of one page, the others ignored', () => {
		const runs = [run('/a', 99, 40, 0), run('/b', 50, 900, 0.5), run('/a', 92, 300, 0.01), run('/a', 98, 60, 0)];
		const m = medianScores(runs, '/a');
		expect(m.performance).toBe(98);
		expect(m.tbtMs).toBe(60);
		expect(m.cls).toBe(0);
		expect(m.runs).toEqual([99, 92, 98]);
	});

	it('keeps a fractional layout shift when it averages the middle two of an even number of runs', () => {
		expect(medianScores([run('/a', 99, 40, 0.01), run('/a', 97, 80, 0.02)], '/a').cls).toBeCloseTo(0.015);
	});

	it('fails on a page with no run', () => {
		expect(() => medianScores([run('/a', 99, 40, 0)], '/b')).toThrow(/No Lighthouse run of \/b/);
	});
});
