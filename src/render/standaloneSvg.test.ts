import { describe, expect, it } from 'vitest';
import { SHARED_STYLE_ATTR } from './diagramStyle.ts';
import { paletteFrom, standaloneCss, standaloneSvg } from './standaloneSvg.ts';

const palette = paletteFrom(
	':root {\n\t--d-old-stroke: light-dark(#b91c1c, #fca5a5);\n\t--panel: light-dark(#f3f1ec, #221f1c);\n}',
);

describe('standalone SVG', () => {
	it('reads light-dark() pairs from global.css', () => {
		expect(palette.get('d-old-stroke')).toEqual({ light: '#b91c1c', dark: '#fca5a5' });
	});

	it('writes colours as plain values, light first and dark under prefers-color-scheme, in cascade order', () => {
		const css = standaloneCss(
			'#s .a{stroke:var(--d-old-stroke,#b91c1c);stroke-width:2px}#s .b{stroke:#000}',
			palette,
		);
		expect(css).toBe(
			'#s .a{stroke:#b91c1c;stroke-width:2px}#s .b{stroke:#000}@media (prefers-color-scheme:dark){#s .a{stroke:#fca5a5}#s .b{stroke:#000}}',
		);
	});

	it('falls back to the value written beside an unknown property, and says which property is missing otherwise', () => {
		expect(standaloneCss('.a{fill:var(--nope,#fff)}', palette)).toContain('.a{fill:#fff}');
		expect(() => standaloneCss('.a{fill:var(--nope)}', palette)).toThrow(/var\(--nope\).*global\.css/);
	});

	it('expands :is() into plain selectors of the same specificity', () => {
		expect(standaloneCss('#s :is(#s-e0,#s-e1){stroke-width:2px}', palette)).toMatch(
			/^#s #s-e0,#s #s-e1\{stroke-width:2px\}/,
		);
	});

	it('scopes shared rules back to the diagram, lays a panel behind it and bakes CSS transforms into attributes', () => {
		const svg = `<svg xmlns="http://www.w3.org/2000/svg" id="s" class="rl-d-1" viewBox="0 0 20 10"><title>t</title><style ${SHARED_STYLE_ATTR}="rl-d-1">:is(#rl-d-1,.rl-d-1) .m{transform:rotate(45deg)}</style><style>#s .x{fill:red}</style><rect class="m" transform-origin="5px 5px" width="2" height="2"/></svg>`;
		const out = standaloneSvg(svg, palette);
		expect(out).not.toContain(SHARED_STYLE_ATTR);
		expect(out.match(/<style>/g)).toHaveLength(1);
		expect(out).toContain('#s .m{transform:rotate(45deg)}');
		expect(out).toContain('#s .rl-panel{fill:#f3f1ec}');
		expect(out).toMatch(
			/<\/title><style>[^<]*<\/style><rect class="rl-panel" x="0" y="0" width="20" height="10"\/>/,
		);
		expect(out).toContain('transform="translate(5 5) rotate(45) translate(-5 -5)"');
	});
});
