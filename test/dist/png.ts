/**
 * Reads the pixels of a PNG, as rsvg-convert and Chromium write them (8 bits a channel, grey, RGB or RGBA, with or
 * without alpha, not interlaced), so tests can count colours without an image library.
 */
import { inflateSync } from 'node:zlib';

/** A decoded image: width, height and RGBA bytes, row by row. */
export interface Pixels {
	width: number;
	height: number;
	rgba: Uint8Array;
}

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 4: 2, 6: 4 };

/** Undoes one row's PNG filter in place, given the row above (already unfiltered). */
function unfilter(type: number, row: Uint8Array, above: Uint8Array, bpp: number): void {
	for (let i = 0; i < row.length; i++) {
		const left = i >= bpp ? row[i - bpp] : 0;
		const up = above[i] ?? 0;
		const corner = i >= bpp ? (above[i - bpp] ?? 0) : 0;
		if (type === 1) row[i] += left;
		else if (type === 2) row[i] += up;
		else if (type === 3) row[i] += (left + up) >> 1;
		else if (type === 4) {
			const p = left + up - corner;
			const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - corner)];
			row[i] += pa <= pb && pa <= pc ? left : pb <= pc ? up : corner;
		}
	}
}

/** Decodes a PNG file's bytes; throws on a kind of PNG it does not read. */
export function decodePng(bytes: Buffer): Pixels {
	let at = 8;
	let width = 0;
	let height = 0;
	let channels = 0;
	const data: Buffer[] = [];
	while (at < bytes.length) {
		const length = bytes.readUInt32BE(at);
		const type = bytes.toString('ascii', at + 4, at + 8);
		const body = bytes.subarray(at + 8, at + 8 + length);
		if (type === 'IHDR') {
			width = body.readUInt32BE(0);
			height = body.readUInt32BE(4);
			channels = CHANNELS[body[9]] ?? 0;
			if (body[8] !== 8 || !channels || body[12] !== 0)
				throw new Error(
					`PNG: unsupported format (depth ${body[8]}, colour type ${body[9]}, interlace ${body[12]})`,
				);
		} else if (type === 'IDAT') data.push(body);
		at += 12 + length;
	}
	const raw = inflateSync(Buffer.concat(data));
	const stride = width * channels;
	const rgba = new Uint8Array(width * height * 4);
	let above = new Uint8Array(stride);
	for (let y = 0; y < height; y++) {
		const row = Uint8Array.from(raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)));
		unfilter(raw[y * (stride + 1)], row, above, channels);
		for (let x = 0; x < width; x++) {
			const px = row.subarray(x * channels, x * channels + channels);
			const [r, g, b, a] =
				channels >= 3
					? [px[0], px[1], px[2], channels === 4 ? px[3] : 255]
					: [px[0], px[0], px[0], channels === 2 ? px[1] : 255];
			rgba.set([r, g, b, a], (y * width + x) * 4);
		}
		above = row;
	}
	return { width, height, rgba };
}
