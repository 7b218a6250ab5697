import { describe, expect, it } from 'vitest';
import { LOOKS } from '../diagrams/looks.ts';
import { SHARED_STYLE_ATTR } from './diagramStyle.ts';
import { edgeCss, findUnsafeMarkup, finishSvg, optimiseSvg, SWATCH_CSS, UnsafeSvgError } from './svg.ts';

const RAW = `<svg xmlns="http://www.w3.org/2000/svg" id="m0" width="100%" style="max-width: 200px;" viewBox="0 0 199.5 80.2" aria-roledescription="flowchart-v2" role="graphics-document document"><style>#m0 .node rect{fill:red}#m0 .edge{marker-end:url(#m0_end)}</style><defs><marker id="m0_end"><path d="M0 0L10 5L0 10z"/></marker></defs><g class="node"><rect x="1" y="1" width="50" height="20"/><text>R&amp;D &lt;b&gt;</text></g><path class="edge" d="M0 0L10 10" marker-end="url(#m0_end)" data-points="abc"/></svg>`;

describe('SVG post-processing', () => {
	const svg = finishSvg(optimiseSvg(RAW, 'rl-r-d'), 'rl-r-d', 'A <title>', 'What "it" shows');

	it('prefixes every id and every reference to it, in attributes and in the stylesheet', () => {
		const ids = [...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
		expect(ids.filter((id) => !id.startsWith('rl-r-d'))).toEqual([]);
		expect(svg).toContain('url(#rl-r-d-m0_end)');
		expect(svg).toMatch(/:is\(#rl-d-[0-9a-f]{8},\.rl-d-[0-9a-f]{8}\) \.node rect/);
		expect(svg).not.toMatch(/url\(#m0/);
	});

	it('sets width and height from the viewBox so nothing shifts on load', () => {
		expect(svg).toMatch(/^<svg [^>]*width="200" height="81"/);
		expect(svg).not.toMatch(/^<svg [^>]*style=/);
	});

	it('names the image with an escaped title and description', () => {
		expect(svg).toMatch(/role="img" aria-labelledby="rl-r-d-title rl-r-d-desc"/);
		expect(svg).toContain(
			'<title id="rl-r-d-title">A &lt;title&gt;</title><desc id="rl-r-d-desc">What &quot;it&quot; shows</desc>',
		);
	});

	it('drops data attributes and keeps text escaped', () => {
		expect(svg).not.toContain('data-points');
		expect(svg).toContain('R&amp;D &lt;b&gt;');
	});

	it('refuses markup that could run, and allows text that merely mentions it', () => {
		expect(findUnsafeMarkup('<svg><text>javascript:alert(1) onload=x &lt;script&gt;</text></svg>')).toBeUndefined();
		expect(findUnsafeMarkup('<svg><script>alert(1)</script></svg>')).toBe('<script>');
		expect(findUnsafeMarkup('<svg><g onclick="x()"/></svg>')).toBe('<g onclick="x()"/>');
		expect(findUnsafeMarkup('<svg><a href="javascript:alert(1)"/></svg>')).toBeDefined();
		expect(() => finishSvg('<svg viewBox="0 0 1 1"><a xlink:href="javascript:x"/></svg>', 'p', 't', 'd')).toThrow(
			UnsafeSvgError,
		);
	});

	it('removes scripts that svgo can see', () => {
		expect(
			optimiseSvg(
				'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><script>alert(1)</script><rect onclick="x()" width="1" height="1"/></svg>',
				'p',
			),
		).not.toMatch(/script|onclick/);
	});

	it("merges word tspans, so viewers that strip a tspan's leading space keep the space between words", () => {
		const raw =
			'<svg xmlns="http://www.w3.org/2000/svg" id="m1" viewBox="0 0 10 10"><text><tspan class="row" x="0"><tspan class="w">Lei</tspan><tspan class="w"> Jun</tspan></tspan><tspan class="row" x="0" dy="1em"><tspan class="w">雷军</tspan></tspan></text></svg>';
		const out = optimiseSvg(raw, 'p');
		expect(out).toContain('<tspan class="w">Lei Jun</tspan></tspan>');
		expect(out).toContain('<tspan class="w">雷军</tspan>');
	});

	it('puts the rules every diagram shares in a scoped <style> of their own, and keeps its own ids apart', () => {
		const scope = svg.match(new RegExp(`<style ${SHARED_STYLE_ATTR}="(rl-d-[0-9a-f]{8})">`))?.[1];
		expect(scope).toBeDefined();
		expect(svg).toMatch(new RegExp(`^<svg [^>]*class="${scope}"`));
		const [shared, own] = [...svg.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
		expect(shared).not.toContain('m0');
		expect(shared).toContain(SWATCH_CSS);
		expect(own).toContain('url(#rl-r-d-m0_end)');
		// The same stylesheet drawn under another id shares the same scope.
		const other = finishSvg(optimiseSvg(RAW.replaceAll('m0', 'k9'), 'rl-x-y'), 'rl-x-y', 't', 'd');
		expect(other).toContain(`${SHARED_STYLE_ATTR}="${scope}"`);
	});

	it('never lets the drawing shrink its 14 px labels below 12 px: a min-width of 12/14 of its width', () => {
		expect(svg).toContain('#rl-r-d-m0{min-width:172px}');
	});
});

describe('edge and legend CSS', () => {
	const css = edgeCss('rl-r-d-rl', { e0: 'old', e2: 'old', e3: 'new' });

	it('keys edge rules by the SVG id and the edge ids, which outranks mermaid’s #svg .flowchart-link (1,1,0)', () => {
		expect(css).toContain(
			`#rl-r-d-rl :is(#rl-r-d-rl-e0,#rl-r-d-rl-e2){${Object.entries(LOOKS.old.css)
				.map(([k, v]) => `${k}:${v}`)
				.join(';')}}`,
		);
		expect(css).toContain('#rl-r-d-rl :is(#rl-r-d-rl-e3){');
	});

	it('draws every legend swatch from the same declarations as the drawing', () => {
		for (const [look, { css: decl }] of Object.entries(LOOKS)) {
			expect(SWATCH_CSS).toContain(
				`.rl-swatch .rl-${look}{${Object.entries(decl)
					.map(([k, v]) => `${k}:${v}`)
					.join(';')}}`,
			);
		}
	});
});
