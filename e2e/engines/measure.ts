/**
 * What the engine checks measure in a page, as the reader's browser lays it out. Each export is a function the
 * driver sends to the page as source, so it is self-contained (its helpers live inside it) and returns plain JSON;
 * the checks (checks.ts) judge the numbers in Node. The measuring follows the Chromium-only diagram tests
 * (e2e/diagrams.spec.ts) and the legend's own contract (src/render/legendSwatch.ts: each swatch names what it
 * describes in `data-draws`), so all engines are held to the same rules.
 */

/** A sideways overflow: how wide the content is against the box that shows it, in CSS px. */
interface Overflow {
	scrollWidth: number;
	clientWidth: number;
}

/** One legend entry: its swatch's computed style and that of each element its `data-draws` names. */
interface LegendFacts {
	look: string;
	swatch: Record<string, string> | null;
	drawn: Record<string, string>[];
}

/** What a diagram figure shows. */
export interface FigureFacts {
	id: string;
	/** The widest sideways overflow inside the figure (its scroll boxes, or the figure past the page's edge). */
	overflow: Overflow;
	/** True when the "Wider than the screen" cue is rendered. */
	cue: boolean;
	/** The smallest rendered label, in CSS px (font size times the drawing's scale); null when none is visible. */
	smallestLabel: number | null;
	labels: number;
	legend: LegendFacts[];
	/** Drawn lines and boxes with a look that no legend entry names. */
	unexplained: string[];
	/** Visible lines, counted, and those under 3:1 against the panel, with their ratio. */
	lines: number;
	faintLines: { what: string; ratio: number }[];
	/** The lowest line contrast against the panel; null when no line was measured. */
	lowestLine: number | null;
}

/** Where a margin note sits against its words and the diagrams beside it. */
interface NoteFacts {
	id: string;
	/** Top of the note minus top of its words, CSS px (positive: the note is lower). */
	offset: number | null;
	/** Diagrams beside the note that follow a different paragraph than the note's. */
	besideOtherDiagram: string[];
}

/** Everything measured on one page at one viewport. */
export interface PageFacts {
	viewport: { width: number; height: number };
	page: Overflow;
	figures: FigureFacts[];
	/** The top of the report's first paragraph on the page, CSS px, when the page is an article. */
	firstParagraphY: number | null;
	notes: NoteFacts[];
}

/** Measures the page as laid out now. `props` are the CSS properties each legend look sets (LOOKS in mermaidConfig). */
export function measurePage(props: Record<string, string[]>): PageFacts {
	const rgb = (css: string): number[] | undefined => {
		const m = css.match(/rgba?\(([\d.]+),?\s*([\d.]+),?\s*([\d.]+)(?:,?\s*\/?\s*([\d.]+))?\)/);
		if (m) return [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])];
		const c = css.match(/color\(srgb\s+([\d.e-]+)\s+([\d.e-]+)\s+([\d.e-]+)(?:\s*\/\s*([\d.]+))?\)/);
		return c
			? [Number(c[1]) * 255, Number(c[2]) * 255, Number(c[3]) * 255, c[4] === undefined ? 1 : Number(c[4])]
			: undefined;
	};
	const luminance = ([r, g, b]: number[]) => {
		const lin = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
		return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
	};
	const ratio = (a: number[], b: number[]) => {
		const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
		return (x + 0.05) / (y + 0.05);
	};
	const shown = (el: Element) => {
		const s = getComputedStyle(el);
		const box = el.getBoundingClientRect();
		return (
			s.visibility !== 'hidden' &&
			s.display !== 'none' &&
			Number(s.opacity) > 0 &&
			(box.width > 0 || box.height > 0)
		);
	};
	const pick = (el: Element, names: string[]) => {
		const style = getComputedStyle(el);
		return Object.fromEntries(names.map((n) => [n, style.getPropertyValue(n).replace(/,\s*/g, ' ')]));
	};
	const pageWidth = document.documentElement.clientWidth;

	const figures = [...document.querySelectorAll('figure.diagram')].map((figure): FigureFacts => {
		// Sideways scroll: any scroll box in the figure with more than it shows, or the figure itself past the page.
		let overflow = { scrollWidth: 0, clientWidth: 0 };
		for (const el of [figure, ...figure.querySelectorAll('*')]) {
			if (el.closest('svg') && el.tagName.toLowerCase() !== 'svg') continue;
			const x = getComputedStyle(el).overflowX;
			if (
				(x === 'auto' || x === 'scroll') &&
				el.scrollWidth - el.clientWidth > overflow.scrollWidth - overflow.clientWidth
			) {
				overflow = { scrollWidth: el.scrollWidth, clientWidth: el.clientWidth };
			}
		}
		const right = figure.getBoundingClientRect().right + scrollX;
		if (right - pageWidth > overflow.scrollWidth - overflow.clientWidth)
			overflow = { scrollWidth: Math.ceil(right), clientWidth: pageWidth };
		const cue = [...figure.querySelectorAll('.scroll-cue')].some(shown);
		const svgs = [...figure.querySelectorAll('svg[role="img"]')].filter(shown);
		const texts = svgs
			.flatMap((svg) => [...svg.querySelectorAll('text')])
			.filter((t) => (t.textContent ?? '').trim() !== '' && shown(t));
		const sizes = texts.map((t) => {
			const m = (t as SVGGraphicsElement).getScreenCTM();
			return parseFloat(getComputedStyle(t).fontSize) * (m ? Math.hypot(m.a, m.b) : 1);
		});
		const legend = [...figure.querySelectorAll('li[data-legend]')].map((li): LegendFacts => {
			const look = li.getAttribute('data-legend') ?? '';
			const names = props[look] ?? [];
			const swatch = li.querySelector('.rl-swatch [class*="rl-"]');
			const selector = li.querySelector('.rl-swatch')?.getAttribute('data-draws') ?? '';
			const drawn = selector ? [...document.querySelectorAll(selector)] : [];
			return { look, swatch: swatch ? pick(swatch, names) : null, drawn: drawn.map((el) => pick(el, names)) };
		});
		const named = new Set(
			[...figure.querySelectorAll('.rl-swatch[data-draws]')].flatMap((s) => [
				...document.querySelectorAll(s.getAttribute('data-draws') as string),
			]),
		);
		const styled = svgs.flatMap((svg) =>
			[
				...svg.querySelectorAll('path.flowchart-link'),
				...[...svg.querySelectorAll('g.node:not(.absent)')]
					.filter((g) => [...g.classList].some((c) => c in props))
					.map((g) => g.querySelector(':scope > .label-container')),
				...svg.querySelectorAll('rect.task'),
			].filter((el): el is Element => el !== null),
		);
		const unexplained = styled
			.filter(
				(el) =>
					!named.has(el) &&
					!(el.matches('.label-container') && [...el.querySelectorAll('path')].some((p) => named.has(p))),
			)
			.map((el) => el.id || (el.getAttribute('class') ?? el.tagName));
		const panelCss = getComputedStyle(figure.querySelector('.figure-box') ?? figure).backgroundColor;
		const panel = rgb(panelCss);
		const lines = svgs
			.flatMap((svg) => [...svg.querySelectorAll('rect, path, polygon, circle, ellipse, line, polyline')])
			.filter((el) => shown(el) && !el.closest('marker'))
			.filter((el) => {
				const s = getComputedStyle(el);
				return s.stroke !== 'none' && parseFloat(s.strokeWidth) > 0 && rgb(s.stroke)?.[3] !== 0;
			})
			.map((el) => {
				const stroke = getComputedStyle(el).stroke;
				const colour = rgb(stroke);
				return {
					what: `${el.tagName}#${el.id || ''}.${el.getAttribute('class') ?? ''} ${stroke} on ${panelCss}`,
					ratio: colour && panel ? ratio(colour, panel) : 0,
				};
			});
		return {
			id: figure.id,
			overflow,
			cue,
			smallestLabel: sizes.length > 0 ? Math.min(...sizes) : null,
			labels: sizes.length,
			legend,
			unexplained,
			lines: lines.length,
			faintLines: lines.filter((l) => l.ratio < 3).slice(0, 5),
			lowestLine: lines.length > 0 ? Math.min(...lines.map((l) => l.ratio)) : null,
		};
	});

	const para = document.querySelector('.report-text .para');
	const top = (el: Element) => el.getBoundingClientRect().top + scrollY;
	return {
		viewport: { width: innerWidth, height: innerHeight },
		page: { scrollWidth: document.documentElement.scrollWidth, clientWidth: pageWidth },
		figures,
		firstParagraphY: para ? Math.round(top(para)) : null,
		notes: measureNotes(),
	};

	/** Margin notes of an article: offset from their words and any other paragraph's diagram beside them. */
	function measureNotes(): NoteFacts[] {
		const all = [...document.querySelectorAll('.report-text .para, .report-text figure.diagram')];
		// A change's diagram follows the paragraph that states the change; any other diagram, the paragraph before it.
		const owner = (figure: Element) => {
			const change = figure.id.match(/^diagram-change-(.+)$/)?.[1];
			const anchor = change ? document.getElementById(`change-${change}`) : null;
			if (anchor?.closest('.para')) return anchor.closest('.para');
			const before = all.slice(0, all.indexOf(figure)).filter((el) => el.matches('.para'));
			const p = before[before.length - 1];
			return p && p.closest('section') === figure.closest('section') ? p : null;
		};
		const diagrams = all.filter((el) => el.matches('figure.diagram') && shown(el));
		return [...document.querySelectorAll('.report-text aside.note')]
			.filter((note) => shown(note))
			.map((note) => {
				const box = note.getBoundingClientRect();
				const words = document.getElementById(`${note.id}-at`);
				const para = note.closest('.para');
				const beside = diagrams.filter((f) => {
					const b = f.getBoundingClientRect();
					return b.top < box.bottom && box.top < b.bottom && owner(f) !== para;
				});
				return {
					id: note.id,
					offset: words ? Math.round(box.top - words.getBoundingClientRect().top) : null,
					besideOtherDiagram: beside.map((f) => f.id),
				};
			});
	}
}
