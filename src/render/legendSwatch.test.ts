import { describe, expect, it } from 'vitest';
import { drawnSelector, swatchShape } from './legendSwatch.ts';

describe('legend swatches', () => {
	it('names the styled edges of a look by id, and plain edges as every other link', () => {
		const styles = { e0: 'old', e1: 'new', e2: 'old' };
		expect(drawnSelector('s', 'old', styles)).toBe('#s :is(#s-e0,#s-e2)');
		expect(drawnSelector('s', 'plain', styles)).toBe('#s path.flowchart-link:not(#s-e0,#s-e1,#s-e2)');
	});

	it('leaves out boxes where a later look overrides the one named, and boxes not drawn', () => {
		const person = drawnSelector('s', 'person', {});
		expect(person).toContain('g.node.person:not(.group,.changed,.created,.absent) > .label-container');
		expect(drawnSelector('s', 'created', {})).toContain('g.node.created:not(.absent)');
	});

	it('draws a line swatch as a line and a box swatch as a box with the base look under it', () => {
		expect(swatchShape('line', 'old')).toBe('<line x1="1" y1="7" x2="27" y2="7" class="rl-old"/>');
		expect(swatchShape('round', 'person')).toContain('class="rl-box rl-person"');
	});
});
