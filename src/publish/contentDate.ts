/**
 * When a report's content last changed, for the `<updated>` of the feeds: a subscriber's reader shows a feed as new
 * when its `<updated>` moves, so adding a report must move it even when the report itself is older than the ones
 * already published. The instant is the commit time of the last commit that touched the report's folder, which is
 * the same on every clone of one commit (the build stays reproducible); a folder with uncommitted edits, or outside a
 * git work tree, falls back to the newest modification time of its files.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { config } from '../config.ts';

const known = new Map<string, string | undefined>();

/** The newest modification time of the files in a folder, as an RFC 3339 instant (seconds, UTC). */
function newestFileTime(folder: string): string {
	const times = readdirSync(folder, { withFileTypes: true })
		.filter((f) => f.isFile())
		.map((f) => statSync(join(folder, f.name)).mtimeMs);
	return toInstant(Math.max(0, ...times));
}

/** An instant in ms as RFC 3339 in UTC, to the second. */
export const toInstant = (ms: number) => `${new Date(Math.floor(ms / 1000) * 1000).toISOString().slice(0, 19)}Z`;

/** The commit time of the last commit touching a folder, or undefined when git cannot say or the folder has edits. */
function commitTime(folder: string): string | undefined {
	try {
		const git = (...args: string[]) =>
			execFileSync('git', args, { cwd: folder, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
		if (git('status', '--porcelain', '--', '.') !== '') return undefined;
		const seconds = Number(git('log', '-1', '--format=%ct', '--', '.'));
		return seconds > 0 ? toInstant(seconds * 1000) : undefined;
	} catch {
		return undefined;
	}
}

/** The folder of a report under the content roots, if it is there. */
function folderOf(reportId: string, roots: readonly string[]): string | undefined {
	return roots.map((root) => join(root, reportId)).find((folder) => existsSync(join(folder, 'report.yaml')));
}

/** When a report's content last changed (RFC 3339), or undefined when its folder is not under the content roots. */
export function contentChangedAt(reportId: string, roots: readonly string[] = config.contentRoots): string | undefined {
	const key = `${roots.join(',')}\n${reportId}`;
	if (!known.has(key)) {
		const folder = folderOf(reportId, roots);
		known.set(key, folder && (commitTime(folder) ?? newestFileTime(folder)));
	}
	return known.get(key);
}
