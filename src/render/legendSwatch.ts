/**
 * Legend swatches and what they name. A swatch is a tiny SVG whose shape carries the class `rl-<look>`, drawn by
 * the same declarations (LOOKS, written by SWATCH_CSS into the diagram stylesheet the page shares) as the lines and boxes of the
 * diagram; `drawnSelector` names those lines and boxes in the rendered SVG, so a test, or a curious reader's
 * devtools, can compare the two.
 */
import { LOOKS, overriddenBy, type Look, type LookName } from '../diagrams/looks.ts';

/** The inside of a 28 × 14 swatch for a look. */
export function swatchShape(shape: Look['shape'], look: LookName): string {
	const cls = shape === 'line' ? `rl-${look}` : `rl-box rl-${look}`;
	switch (shape) {
		case 'line':
			return `<line x1="1" y1="7" x2="27" y2="7" class="${cls}"/>`;
		case 'round':
			return `<rect x="2" y="2" width="24" height="10" rx="4" class="${cls}"/>`;
		case 'stadium':
			return `<rect x="2" y="2" width="24" height="10" rx="5" class="${cls}"/>`;
		case 'diamond':
			return `<rect x="9" y="2" width="10" height="10" transform="rotate(45 14 7)" class="${cls}"/>`;
		case 'bar':
			return `<rect x="1" y="3" width="26" height="8" class="${cls}"/>`;
		default:
			return `<rect x="2" y="2" width="24" height="10" class="${cls}"/>`;
	}
}

/** A CSS selector for the drawn elements of a diagram that a legend entry describes. */
export function drawnSelector(svgId: string, look: LookName, edgeStyles: Record<string, string>): string {
	const root = `#${svgId}`;
	const styled = Object.keys(edgeStyles).map((edge) => `#${svgId}-${edge}`);
	switch (LOOKS[look].shape) {
		case 'line': {
			if (look !== 'plain') {
				const mine = Object.entries(edgeStyles)
					.filter(([, style]) => style === look)
					.map(([edge]) => `#${svgId}-${edge}`);
				return mine.length > 0 ? `${root} :is(${mine.join(',')})` : `${root} .none`;
			}
			return `${root} path.flowchart-link${styled.length > 0 ? `:not(${styled.join(',')})` : ''}`;
		}
		// On the gantt timeline a mark is a task; in its narrow layout, a node of that class.
		case 'diamond':
			return `${root} rect.task.milestone, ${root} g.node.day > .label-container`;
		case 'bar':
			return `${root} rect.task:not(.milestone), ${root} g.node.span > .label-container`;
		default: {
			const not = [...overriddenBy(look), 'absent'].map((c) => `.${c}`).join(',');
			return `${root} g.node.${look}:not(${not}) > .label-container, ${root} g.node.${look}:not(${not}) > .label-container > path`;
		}
	}
}
