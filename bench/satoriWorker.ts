/**
 * The worker thread that draws share cards with satori and resvg-js (satoriCards.ts) for satoriPool.ts. It is given
 * the fonts once, as `workerData`, and answers each `{ seq, body }` with the card's PNG or the error's message.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { drawCardPng, type SatoriFont } from './satoriCards.ts';

const fonts = (workerData as { fonts: SatoriFont[] }).fonts;

parentPort?.on('message', ({ seq, body }: { seq: number; body: string }) => {
	drawCardPng({ body }, fonts).then(
		(png) => parentPort?.postMessage({ seq, png }),
		(error: Error) => parentPort?.postMessage({ seq, error: error.message }),
	);
});
