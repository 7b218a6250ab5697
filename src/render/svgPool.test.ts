import { describe, expect, it } from 'vitest';
import { renderParallelism, SvgPool } from './svgPool.ts';
import { finishSvgTask } from './svgTask.ts';

const RAW = `<svg xmlns="http://www.w3.org/2000/svg" id="rl" viewBox="0 0 120.5 40" role="graphics-document document"><style>#rl .node rect{fill:red}</style><g class="node"><rect x="1.000" y="1" width="50" height="20"/><text>A &amp; B</text></g><path id="rl-L_a_b_0" d="M0 0L10 10" data-points="x"/></svg>`;
const task = {
	raw: RAW,
	prefix: 'rl-r-d',
	renderId: 'rl',
	title: 'T',
	description: 'D',
	edgeStyles: { L_a_b_0: 'new' as const },
};

describe('the svgo worker pool', () => {
	it('splits the cores between Chromium pages and svgo workers, one of each on two cores', () => {
		expect(renderParallelism(2, {})).toEqual({ pages: 1, workers: 1 });
		expect(renderParallelism(1, {})).toEqual({ pages: 1, workers: 1 });
		expect(renderParallelism(8, {})).toEqual({ pages: 4, workers: 4 });
		expect(renderParallelism(8, { pages: 2, svgWorkers: 0 })).toEqual({ pages: 2, workers: 0 });
	});

	it('gives the same bytes in a worker thread as in the calling thread', async () => {
		const inline = finishSvgTask(task);
		expect(inline).toContain('#rl-r-d-rl :is(#rl-r-d-rl-L_a_b_0){');
		const pool = new SvgPool(1);
		try {
			expect(await Promise.all([pool.finish(task), pool.finish(task)])).toEqual([inline, inline]);
		} finally {
			await pool.close();
		}
		const none = new SvgPool(0);
		expect(await none.finish(task)).toBe(inline);
	});

	it('rejects with the reason when a diagram cannot be finished', async () => {
		const pool = new SvgPool(1);
		try {
			await expect(
				pool.finish({ ...task, raw: '<svg xmlns="http://www.w3.org/2000/svg"><g/></svg>' }),
			).rejects.toThrow(/no viewBox/);
		} finally {
			await pool.close();
		}
	});
});
