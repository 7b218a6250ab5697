import { describe, expect, it } from 'vitest';
import type { Diagram } from '../diagrams/types.ts';
import { isOfKind, placedIn } from './placement.ts';

describe('placedIn', () => {
	it('finds anchored changes and placed diagram kinds, not those in comments', () => {
		const mdx = `{/* <Diagram kind="timeline" /> */}\n<Diagram kind="org" />\n<Para n={1}><Change id="a">x</Change> <Change id='b'>y</Change></Para>`;
		const placed = placedIn(mdx);
		expect([...placed.changes]).toEqual(['a', 'b']);
		expect(placed.kinds).toEqual(['org']);
	});
});

describe('isOfKind', () => {
	const diagram = (kind: Diagram['kind']) => ({ kind }) as Diagram;
	it('matches a kind and its family', () => {
		expect(isOfKind(diagram('org-before'), 'org')).toBe(true);
		expect(isOfKind(diagram('timeline'), 'timeline')).toBe(true);
		expect(isOfKind(diagram('org-after'), 'or')).toBe(false);
		expect(isOfKind(diagram('unit-restructure'), 'unit')).toBe(true);
	});
});
