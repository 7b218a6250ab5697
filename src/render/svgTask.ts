/**
 * One diagram's post-processing as plain data, so it can run in a worker thread or, where workers cannot start,
 * in the calling thread: the raw SVG from mermaid and what {@link finishSvg} needs besides.
 */
import { edgeCss, finishSvg, optimiseSvg } from './svg.ts';

/** What the worker needs to finish one diagram. */
export interface SvgTask {
	/** The SVG mermaid returned. */
	raw: string;
	/** The id prefix of the diagram on the page. */
	prefix: string;
	/** The id mermaid rendered under, which edge ids start with. */
	renderId: string;
	title: string;
	description: string;
	edgeStyles: Record<string, 'old' | 'new' | 'inferred'>;
}

/** The finished SVG of a task: optimised, prefixed, named, with its edge styles, checked for anything that runs. */
export function finishSvgTask(task: SvgTask): string {
	const { raw, prefix, renderId, title, description, edgeStyles } = task;
	return finishSvg(
		optimiseSvg(raw, prefix),
		prefix,
		title,
		description,
		edgeCss(`${prefix}-${renderId}`, edgeStyles),
	);
}
