/**
 * The worker thread that turns mermaid's raw SVG into the SVG pages inline (svgo, ids, name, safety check), so that
 * Node optimises one diagram while Chromium renders the next. It receives {@link SvgTask}s and answers each with
 * the finished SVG or the error's message. While the browser starts it finishes a tiny diagram of its own, so that
 * svgo is loaded and compiled before the first real one arrives.
 */
import { parentPort } from 'node:worker_threads';
import { finishSvgTask, type SvgTask } from './svgTask.ts';

parentPort?.on('message', (task: SvgTask & { seq: number }) => {
	try {
		parentPort?.postMessage({ seq: task.seq, svg: finishSvgTask(task) });
	} catch (error) {
		parentPort?.postMessage({ seq: task.seq, error: (error as Error).message });
	}
});

const WARM_UP =
	'<svg xmlns="http://www.w3.org/2000/svg" id="rl" viewBox="0 0 10 10"><style>#rl .node rect{fill:red}</style><g class="node"><rect x="1.000" width="5" height="5"/><path d="M0 0L1 1L2 2"/></g></svg>';
finishSvgTask({ raw: WARM_UP, prefix: 'warm-up', renderId: 'rl', title: '', description: '', edgeStyles: {} });
