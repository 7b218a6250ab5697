/**
 * Cache entries that are checked when read. Newsrooms share the build caches between CI runs, and a restore that was
 * interrupted or a full disk leaves files cut short: published as they are, a cut-off SVG swallows the rest of its
 * page. So every entry is written with the SHA-256 of its bytes beside it (`<file>.sha256`, written after the
 * entry, both atomically), and on read the bytes must match that hash and pass a structural check of their kind
 * (see cacheChecks.ts). An entry that fails either is removed and recorded, so the caller draws it again and the
 * build log says so; it is never handed on.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';

/** A structural check of an entry's bytes: undefined when they look whole, otherwise what is wrong. */
export type EntryCheck = (bytes: Buffer) => string | undefined;

/** What reading an entry found: its bytes, nothing, or a damaged entry (already removed). */
export type EntryRead = { state: 'ok'; bytes: Buffer } | { state: 'missing' } | { state: 'damaged'; problem: string };

/** A damaged entry found in this process: the file and what was wrong with it. */
export interface DamagedEntry {
	file: string;
	problem: string;
}

const damaged: DamagedEntry[] = [];

const sumFile = (file: string) => `${file}.sha256`;
const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

/** Writes through a temporary name and renames, so a crash never leaves half a file under the real name. */
function writeAtomic(file: string, bytes: Buffer | string): void {
	const tmp = `${file}.${process.pid}.tmp`;
	writeFileSync(tmp, bytes);
	renameSync(tmp, file);
}

/** Stores an entry and then the hash of its bytes; an entry without its hash is never trusted. */
export function writeEntry(file: string, bytes: Buffer | string): void {
	mkdirSync(dirname(file), { recursive: true });
	writeAtomic(file, bytes);
	writeAtomic(sumFile(file), `${sha256(bytes)}\n`);
}

/** Why an entry's bytes cannot be trusted, or undefined when they match their hash and pass the check. */
function problemOf(file: string, bytes: Buffer, check: EntryCheck): string | undefined {
	if (!existsSync(sumFile(file))) return 'no recorded hash';
	if (readFileSync(sumFile(file), 'utf8').trim() !== sha256(bytes))
		return `its bytes (${bytes.length}) do not match the hash recorded when it was written`;
	return check(bytes);
}

/**
 * Reads an entry and checks it. A damaged entry is removed with its hash file and recorded (see `takeDamaged`), so
 * the caller can draw it again; a missing one is simply missing.
 */
export function readEntry(file: string, check: EntryCheck): EntryRead {
	if (!existsSync(file)) return { state: 'missing' };
	const bytes = readFileSync(file);
	const problem = problemOf(file, bytes, check);
	if (problem === undefined) return { state: 'ok', bytes };
	rmSync(file, { force: true });
	rmSync(sumFile(file), { force: true });
	damaged.push({ file, problem });
	return { state: 'damaged', problem };
}

/** The damaged entries found since the last call, for the build log; the list is emptied. */
export function takeDamaged(): DamagedEntry[] {
	return damaged.splice(0);
}

/** One line for the build log: "2 damaged cache entries redrawn: a.svg (…), b.png (…)", or '' when none. */
export function describeDamaged(entries: readonly DamagedEntry[]): string {
	if (entries.length === 0) return '';
	const list = entries.map((e) => `${basename(dirname(e.file))}/${basename(e.file)} (${e.problem})`).join(', ');
	return `${entries.length} damaged cache ${entries.length === 1 ? 'entry' : 'entries'} redrawn: ${list}`;
}
