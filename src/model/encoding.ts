/**
 * Reading a report's files as text. Every file of a report folder must be UTF-8: a file saved as Latin-1 or
 * Windows-1252 would otherwise be read with U+FFFD in place of its accented letters and published that way. A byte
 * order mark and Windows line endings are harmless and accepted: the mark is dropped and CRLF read as LF, so line
 * numbers in messages stay those an editor shows.
 */
import { readFileSync } from 'node:fs';
import type { Problem } from './problems.ts';

/** The offset of the first byte that is not part of a well-formed UTF-8 sequence, or -1 when there is none. */
function firstInvalidUtf8(bytes: Uint8Array): number {
	let i = 0;
	while (i < bytes.length) {
		const b = bytes[i];
		let need: number;
		let min: number;
		if (b < 0x80) {
			i++;
			continue;
		} else if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
		else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
		else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
		else return i;
		let code = b & (0x3f >> need);
		for (let k = 1; k <= need; k++) {
			const next = bytes[i + k];
			if (next === undefined || (next & 0xc0) !== 0x80) return i;
			code = (code << 6) | (next & 0x3f);
		}
		// Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8 either.
		if (code < min || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) return i;
		i += need + 1;
	}
	return -1;
}

/** Decodes bytes as UTF-8 text, or returns the problem that names the first bad byte's line and column. */
export function decodeText(file: string, bytes: Uint8Array): { text: string } | { problem: Problem } {
	const bad = firstInvalidUtf8(bytes);
	if (bad >= 0) {
		const before = bytes.subarray(0, bad);
		const line = before.filter((b) => b === 0x0a).length + 1;
		const column = bad - before.lastIndexOf(0x0a);
		const byte = bytes[bad].toString(16).toUpperCase().padStart(2, '0');
		return {
			problem: {
				file,
				path: '',
				line,
				column,
				message: `is not UTF-8 text: byte 0x${byte} on line ${line} is not part of a UTF-8 character`,
				hint: 'save the file with the encoding UTF-8 (it was probably saved as Latin-1 or Windows-1252); in most editors: "Save with Encoding" → UTF-8',
			},
		};
	}
	const text = new TextDecoder('utf-8').decode(bytes);
	return { text: text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n') };
}

/** Reads a file of a report folder as text; `shown` is the name problems give it. */
export function readText(path: string, shown: string): { text: string } | { problem: Problem } {
	return decodeText(shown, readFileSync(path));
}
