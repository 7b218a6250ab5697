/**
 * Worker threads that draw share cards with satori and resvg-js (satoriWorker.ts), as a build could beside the
 * diagram browser; with no worker (a pool of 0, or one that cannot start) cards are drawn in the calling thread, to
 * the same bytes. Each card goes to the worker with the fewest in flight. Used by the benchmark only.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Card } from '../src/cards/cardHtml.ts';
import { drawCardPng, type SatoriFont } from './satoriCards.ts';

type Pending = { resolve: (png: Buffer) => void; reject: (error: Error) => void };

/** How many workers draw cards by default: one per core, at most four. */
const satoriWorkers = () => Math.max(1, Math.min(4, availableParallelism()));

/** Card-drawing workers holding the fonts; `close()` ends them. */
export class SatoriPool {
	private readonly workers: { worker: Worker; inFlight: number }[] = [];
	private readonly pending = new Map<number, Pending>();
	private seq = 0;
	private readonly fonts: SatoriFont[];

	constructor(fonts: SatoriFont[], size = satoriWorkers()) {
		this.fonts = fonts;
		for (let i = 0; i < size; i++) {
			try {
				const worker = new Worker(new URL('./satoriWorker.ts', import.meta.url), { workerData: { fonts } });
				const entry = { worker, inFlight: 0 };
				worker.on('message', (message: { seq: number; png?: Uint8Array; error?: string }) => {
					if (--entry.inFlight === 0) worker.unref();
					const pending = this.pending.get(message.seq);
					this.pending.delete(message.seq);
					if (message.png)
						pending?.resolve(
							Buffer.from(message.png.buffer, message.png.byteOffset, message.png.byteLength),
						);
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

	/** Draws one card as PNG in the least busy worker (or here, when no worker runs). */
	draw(card: Pick<Card, 'body'>): Promise<Buffer> {
		if (this.workers.length === 0) return drawCardPng(card, this.fonts);
		const entry = this.workers.reduce((a, b) => (b.inFlight < a.inFlight ? b : a));
		const seq = this.seq++;
		if (entry.inFlight++ === 0) entry.worker.ref();
		return new Promise((resolve, reject) => {
			this.pending.set(seq, { resolve, reject });
			entry.worker.postMessage({ seq, body: card.body });
		});
	}

	/** Ends the workers. */
	async close(): Promise<void> {
		await Promise.all(this.workers.map((w) => w.worker.terminate()));
		this.workers.length = 0;
	}
}
