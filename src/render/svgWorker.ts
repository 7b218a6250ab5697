/**
 * The worker thread that turns mermaid's raw SVG into the SVG pages inline (svgo, ids, name, safety check), so that
 * Node optimises one diagram while Chromium renders the next. It receives {@link SvgTask}s and answers each with
 * the finished SVG or the error's message.
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
