import { describe, expect, it } from 'vitest';
import { perBundle, sameAsLast } from './memo.ts';
import type { ReportBundle } from './schema.ts';

describe('sameAsLast', () => {
	it('computes again only when the items are not the very items of the last call', () => {
		const a = { id: 'a' };
		const b = { id: 'b' };
		let runs = 0;
		const ids = sameAsLast((items: readonly { id: string }[]) => {
			runs++;
			return items.map((x) => x.id).join();
		});
		expect(ids([a, b])).toBe('a,b');
		// A new array of the same objects, as a page's fresh query returns, is answered from the last result.
		expect(ids([a, b])).toBe('a,b');
		expect(runs).toBe(1);
		expect(ids([b, a])).toBe('b,a');
		expect(ids([b])).toBe('b');
		expect(ids([b, { id: 'a' }])).toBe('b,a');
		expect(runs).toBe(4);
	});

	it('keeps its own copy of the items, so a caller that changes its array does not fool it', () => {
		const a = { id: 'a' };
		const b = { id: 'b' };
		const ids = sameAsLast((items: readonly { id: string }[]) => items.map((x) => x.id).join());
		const given = [a, b];
		expect(ids(given)).toBe('a,b');
		given.pop();
		expect(ids(given)).toBe('a');
	});
});

describe('perBundle', () => {
	it('computes once per bundle', () => {
		let runs = 0;
		const id = perBundle('memo-test', (bundle) => {
			runs++;
			return bundle.report.id;
		});
		const bundle = { report: { id: 'x' } } as unknown as ReportBundle;
		expect([id(bundle), id(bundle)]).toEqual(['x', 'x']);
		expect(runs).toBe(1);
	});
});
