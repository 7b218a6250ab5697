/**
 * A small pool of worker threads that finish SVG (see svgWorker.ts) beside the browser. Tasks go to the worker
 * with the fewest in flight; results come back as promises. With no workers (one core, or a worker that cannot
 * start) tasks run in the calling thread, which gives the same bytes, only without the overlap.
 */
import { availableParallelism } from 'node:os';
import { config, type RenderSettings } from '../config.ts';
import { Worker } from 'node:worker_threads';
import type { SvgTask } from './svgTask.ts';

type Pending = { resolve: (svg: string) => void; reject: (error: Error) => void };

/** How many pages and workers share the machine: Chromium pages and svgo workers split the cores between them. */
export function renderParallelism(
	cores = availableParallelism(),
	settings: RenderSettings = config.render,
): { pages: number; workers: number } {
	const pages = settings.pages ?? Math.min(4, Math.max(1, Math.floor(cores / 2)));
	const workers = settings.svgWorkers ?? Math.min(4, Math.max(1, cores - pages));
	return { pages, workers };
}

/** Worker threads that finish SVG; `close()` ends them. */
export class SvgPool {
	private readonly workers: { worker: Worker; inFlight: number }[] = [];
	private readonly pending = new Map<number, Pending>();
	private seq = 0;

	constructor(size: number) {
		for (let i = 0; i < size; i++) {
			try {
				const worker = new Worker(new URL('./svgWorker.ts', import.meta.url));
				const entry = { worker, inFlight: 0 };
				worker.on('message', (message: { seq: number; svg?: string; error?: string }) => {
					// An idle worker does not keep the process alive; a busy one must, or a build awaiting its result
					// (after the browser died, say) would find nothing left to wait on and exit as if it had succeeded.
					if (--entry.inFlight === 0) worker.unref();
					const pending = this.pending.get(message.seq);
					this.pending.delete(message.seq);
					if (message.svg !== undefined) pending?.resolve(message.svg);
					else pending?.reject(new Error(message.error));
				});
				worker.on('error', (error) => this.failAll(error));
				worker.unref();
				this.workers.push(entry);
			} catch {
				break;
			}
		}
	}

	private failAll(error: Error): void {
		for (const pending of this.pending.values()) pending.reject(error);
		this.pending.clear();
	}

	/** Finishes one diagram's SVG in the least busy worker. */
	finish(task: SvgTask): Promise<string> {
		// svgo is loaded here only when no worker runs it: loading it costs the main thread half a second of CPU.
		if (this.workers.length === 0) return import('./svgTask.ts').then(({ finishSvgTask }) => finishSvgTask(task));
		const entry = this.workers.reduce((a, b) => (b.inFlight < a.inFlight ? b : a));
		const seq = this.seq++;
		if (entry.inFlight++ === 0) entry.worker.ref();
		return new Promise((resolve, reject) => {
			this.pending.set(seq, { resolve, reject });
			entry.worker.postMessage({ ...task, seq });
		});
	}

	/** Ends the workers. */
	async close(): Promise<void> {
		await Promise.all(this.workers.map((w) => w.worker.terminate()));
		this.workers.length = 0;
	}
}
