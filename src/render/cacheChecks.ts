/**
 * Structural checks of cached files, beside the hash check of verifiedCache.ts: an SVG that opens and closes its
 * root, a PNG whose chunks are whole and whose pixels inflate to its size, a WOFF2 whose header agrees with its
 * length. They catch an entry that was damaged before its hash was written, or a hash file copied with the wrong
 * entry. Each answers undefined for good bytes, or says what is wrong.
 */
import { crc32, inflateSync } from 'node:zlib';
import type { EntryCheck } from './verifiedCache.ts';

/** A finished diagram: one `<svg …>` root, closed at the very end. */
export const checkSvg: EntryCheck = (bytes) => {
	const text = bytes.toString('utf8');
	if (!text.startsWith('<svg')) return 'it does not start with <svg';
	if (!text.trimEnd().endsWith('</svg>')) return 'it does not end with </svg> (cut short?)';
	return undefined;
};

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The chunks of a PNG, each checked against its CRC; a problem as a string. */
function pngChunks(bytes: Buffer): { type: string; data: Buffer }[] | string {
	const chunks: { type: string; data: Buffer }[] = [];
	for (let at = 8; at < bytes.length;) {
		if (at + 12 > bytes.length) return `a chunk header is cut off at byte ${at}`;
		const length = bytes.readUInt32BE(at);
		const type = bytes.toString('latin1', at + 4, at + 8);
		if (at + 12 + length > bytes.length) return `chunk ${type} is cut off at byte ${bytes.length}`;
		if (crc32(bytes.subarray(at + 4, at + 8 + length)) !== bytes.readUInt32BE(at + 8 + length))
			return `chunk ${type} fails its CRC`;
		chunks.push({ type, data: bytes.subarray(at + 8, at + 8 + length) });
		at += 12 + length;
		if (type === 'IEND') break;
	}
	return chunks;
}

/** A share card: a PNG of exactly `width`×`height` RGB(A) 8-bit pixels whose image data inflates whole. */
export function checkPng(width: number, height: number): EntryCheck {
	return (bytes) => {
		if (bytes.length < 8 || !bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return 'it is not a PNG';
		const chunks = pngChunks(bytes);
		if (typeof chunks === 'string') return chunks;
		const header = chunks[0]?.type === 'IHDR' ? chunks[0].data : undefined;
		if (!header) return 'it has no IHDR chunk';
		if (chunks.at(-1)?.type !== 'IEND') return 'it has no IEND chunk (cut short?)';
		const [w, h, depth, colour] = [header.readUInt32BE(0), header.readUInt32BE(4), header[8], header[9]];
		if (w !== width || h !== height) return `it is ${w}×${h}, not ${width}×${height}`;
		const channels = { 0: 1, 2: 3, 4: 2, 6: 4 }[colour as 0 | 2 | 4 | 6];
		if (depth !== 8 || !channels || header[12] !== 0)
			return `its pixel format (depth ${depth}, colour type ${colour}) is not one the cards use`;
		try {
			const pixels = inflateSync(Buffer.concat(chunks.filter((c) => c.type === 'IDAT').map((c) => c.data)));
			if (pixels.length !== height * (1 + width * channels))
				return `its pixels inflate to ${pixels.length} bytes, not ${height * (1 + width * channels)}`;
		} catch (error) {
			return `its pixels do not inflate: ${(error as Error).message}`;
		}
		return undefined;
	};
}

/** A font subset: a WOFF2 header whose signature, total length and table count agree with the file. */
export const checkWoff2: EntryCheck = (bytes) => {
	if (bytes.length < 48 || bytes.toString('latin1', 0, 4) !== 'wOF2') return 'it is not a WOFF2 font';
	if (bytes.readUInt32BE(8) !== bytes.length)
		return `its header says ${bytes.readUInt32BE(8)} bytes but the file has ${bytes.length}`;
	if (bytes.readUInt16BE(12) === 0) return 'it has no font tables';
	return undefined;
};
