/**
 * Helpers for tests of report folders: a temporary copy of a folder with some files rewritten, so each test can
 * break exactly one thing and read the problems it causes.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The fictional fixture report that every schema test starts from. */
export const FIXTURE = join(process.cwd(), 'test', 'fixtures', 'reports', 'northwind-2030-01');

/**
 * The Xiaomi report as it was first published, frozen: the richest real input the code has, so the code's tests
 * read it, while the published folder (content/reports/xiaomi-2021-12) is free to be corrected and is checked by
 * the content checks of test/content/ alone. Only its schema comments differ (their path is one folder deeper).
 */
export const XIAOMI_FIXTURE = join(process.cwd(), 'test', 'fixtures', 'published', 'xiaomi-2021-12');

/** Copies `folder` into a temporary folder of the same name, applies `edits` (file → new text or edit function), returns its path. */
export function copyWithEdits(
	folder: string,
	edits: Record<string, string | Buffer | ((text: string) => string | Buffer) | null> = {},
): string {
	const name = folder.split(/[\\/]/).pop() as string;
	const dir = join(mkdtempSync(join(tmpdir(), 'reorg-lens-')), name);
	cpSync(folder, dir, { recursive: true });
	for (const [file, edit] of Object.entries(edits)) {
		const path = join(dir, file);
		if (edit === null) rmSync(path);
		else writeFileSync(path, typeof edit === 'function' ? edit(readFileSync(path, 'utf8')) : edit);
	}
	return dir;
}
