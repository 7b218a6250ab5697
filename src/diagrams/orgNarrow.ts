/**
 * The org chart for a phone, about 390 px wide: a vertical hanging tree. Each box's children hang in a frame beneath
 * it, one under another, and a child with children of its own holds their frame under it, inside its parent's frame,
 * so each level steps in by the frame's margin and the chart grows down the page, never sideways. It draws the same
 * boxes, words and looks as the wide chart (orgLayout.ts), so the legend and the text equivalent serve both.
 */
import { nodeId } from './escape.ts';
import { drawBox, type Drawing } from './orgLayout.ts';

/** The id of the frame that holds a box's children in the narrow chart. */
const frameOf = (id: string) => nodeId('column', `${id}-hanging`);

/**
 * Draws a box and, unless it is collapsed, the frame of what hangs under it; returns the id of the lowest thing
 * drawn (the frame, or the box itself), which the next box below is chained to.
 */
function drawHanging(d: Drawing, id: string): string {
	drawBox(d, id);
	const kids = d.collapsed.has(id) ? [] : (d.tree.children.get(id) ?? []);
	if (kids.length === 0) return nodeId('n', id);
	// One box under another needs no frame: a line down to it says it all, and the chart stays shorter.
	if (kids.length === 1) {
		const lowest = drawHanging(d, kids[0]);
		d.chart.edge(
			nodeId('n', id),
			nodeId('n', kids[0]),
			d.tree.boxes.get(kids[0])?.via?.inferred ? 'inferred' : 'plain',
		);
		return lowest;
	}
	const frame = frameOf(id);
	d.chart.group(frame, () => {
		let above: string | undefined;
		for (const kid of kids) {
			const lowest = drawHanging(d, kid);
			if (above) d.chart.edge(above, nodeId('n', kid), 'hidden');
			above = lowest;
		}
	});
	d.chart.edge(nodeId('n', id), frame, 'plain');
	return frame;
}

/**
 * Draws the roots of a chart one under another, each with what hangs under it. Side by side, five root boxes of
 * an overview drew 866 px wide, more than a phone's 354 px; hidden links keep them in one column.
 */
export function drawHangingRoots(d: Drawing, roots: readonly string[]): void {
	let above: string | undefined;
	for (const root of roots) {
		const lowest = drawHanging(d, root);
		if (above) d.chart.edge(above, nodeId('n', root), 'hidden');
		above = lowest;
	}
}
