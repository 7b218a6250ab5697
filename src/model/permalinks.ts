/**
 * Permalinks are forever. The repository keeps a manifest of every change URL ever published; a build fails when
 * one of them no longer leads anywhere, that is, when no change has that id now or lists it among its formerIds.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { changeSitePath } from '../urls.ts';
import type { ReportBundle } from './schema.ts';

/** The manifest's file, beside the published reports. */
export const MANIFEST = 'content/permalinks.json';

/** The path of every change page the bundles publish, current ids and the redirects of former ones. */
function permalinksOf(bundles: readonly ReportBundle[]): { current: string[]; redirects: Map<string, string> } {
	const current: string[] = [];
	const redirects = new Map<string, string>();
	for (const { report, changes } of bundles) {
		for (const change of changes) {
			const path = changeSitePath(report.id, change.id);
			current.push(path);
			for (const old of change.formerIds) redirects.set(changeSitePath(report.id, old), path);
		}
	}
	return { current: current.sort(), redirects };
}

/** Compares the manifest with the bundles: `lost` URLs break the build, `added` ones belong in the manifest. */
export function comparePermalinks(
	manifest: readonly string[],
	bundles: readonly ReportBundle[],
): { lost: string[]; added: string[] } {
	const { current, redirects } = permalinksOf(bundles);
	const live = new Set([...current, ...redirects.keys()]);
	return {
		lost: manifest.filter((url) => !live.has(url)),
		added: current.filter((url) => !manifest.includes(url)),
	};
}

/** Reads the manifest; a missing file is an empty manifest. */
export function readManifest(path = MANIFEST): string[] {
	if (!existsSync(path)) return [];
	const data = JSON.parse(readFileSync(path, 'utf8')) as { changes?: unknown };
	if (!Array.isArray(data.changes) || data.changes.some((u) => typeof u !== 'string')) {
		throw new Error(`${path}: "changes" must be a list of URL paths`);
	}
	return data.changes as string[];
}

/** Writes the manifest with every URL it had and every current one, sorted. */
export function writeManifest(urls: readonly string[], path = MANIFEST): void {
	writeFileSync(path, `${JSON.stringify({ changes: [...new Set(urls)].sort() }, null, '\t')}\n`);
}
