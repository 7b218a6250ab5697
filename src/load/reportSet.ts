/**
 * Every report folder of a build, loaded and validated once. The validate command, the content loader and the
 * diagrams integration all ask this module for the same set: each folder is read from disk, hashed, and validated
 * only when its bytes differ from the last load in this process, so a build validates each report once and the dev
 * server re-validates only the folder that was edited. The memo lives on `globalThis` because Astro loads the
 * integration and the content config as separate module instances in one process.
 *
 * Which reports are built (fixtures only when asked), and the checks that span folders (permalinks, and entities
 * shared between reports), are decided here too, once.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { boundsOf } from '../model/dates.ts';
import { sameAsLast } from '../model/memo.ts';
import { performance } from 'node:perf_hooks';
import { config, type ReorgConfig } from '../config.ts';
import { contentRoots, includeFixtures } from '../model/contentRoots.ts';
import { entityProblems } from '../model/entities.ts';
import { listReportFolders, loadReport } from './loadReport.ts';
import { comparePermalinks, MANIFEST, readManifest } from '../model/permalinks.ts';
import type { Problem } from '../model/problems.ts';
import type { ReportBundle } from '../model/schema.ts';

/** One report folder as loaded: its bundle when valid, its problems, and warnings that do not stop a build. */
export interface LoadedFolder {
	/** The folder's path as given. */
	folder: string;
	/** The validated bundle; absent when the folder has problems. */
	bundle?: ReportBundle;
	/** What stops this folder from being built. */
	problems: Problem[];
	/** Milliseconds spent validating it (0 when the memo answered). */
	ms: number;
}

/** The report folders of a build, validated, with the ones it publishes. */
export interface ReportSet {
	/** Every folder, valid or not, in path order. */
	folders: LoadedFolder[];
	/** The bundles the build publishes: valid folders, fixtures only when fixtures are built. */
	bundles: ReportBundle[];
	/** Problems that span folders (an entity defined two ways); they stop the build like a folder's own. */
	problems: Problem[];
	/** Things an author should know that do not stop the build, such as a report left as a fixture. */
	warnings: Problem[];
}

/** Options of a load. */
export interface LoadOptions {
	/** Build fixture reports too (REORG_FIXTURES=1); otherwise they are validated but left out, with a warning. */
	withFixtures: boolean;
	/** Compare change URLs with the permalink manifest, which only the published content does. */
	checkPermalinks?: boolean;
	/** The ids of the reports already published (in the permalink manifest): they keep the ids they define. */
	published?: ReadonlySet<string>;
	/**
	 * Other report folders whose ids the given ones must not take (`validate -- <folder>` passes every published
	 * one): read for that check alone, never built, their own problems not reported.
	 */
	context?: readonly string[];
}

interface Memo {
	hash: string;
	loaded: LoadedFolder;
}

const MEMO_KEY = Symbol.for('reorg-lens.report-folders');
const memo: Map<string, Memo> = ((globalThis as Record<symbol, unknown>)[MEMO_KEY] ??= new Map()) as Map<string, Memo>;

/** A hash of every file in a folder (names and bytes): equal hashes mean an equal folder. */
function folderHash(dir: string): string {
	const hash = createHash('sha1');
	if (!existsSync(dir) || !statSync(dir).isDirectory()) return 'missing';
	for (const name of readdirSync(dir).sort()) {
		const path = join(dir, name);
		if (!statSync(path).isFile()) continue;
		hash.update(name).update('\0').update(readFileSync(path)).update('\0');
	}
	return hash.digest('hex');
}

/** Loads one folder, from the memo when its files have not changed since the last load in this process. */
export function loadFolder(folder: string): LoadedFolder {
	const key = resolve(folder);
	const hash = folderHash(key);
	const cached = memo.get(key);
	if (cached && cached.hash === hash && cached.loaded.folder === folder) return { ...cached.loaded, ms: 0 };
	const started = performance.now();
	const { bundle, problems } = loadReport(folder);
	const loaded: LoadedFolder = { folder, bundle, problems, ms: performance.now() - started };
	memo.set(key, { hash, loaded });
	return loaded;
}

/** True when a valid bundle is built: every report, except fixtures when fixtures are not asked for. */
function isBuilt(bundle: ReportBundle, withFixtures: boolean): boolean {
	return withFixtures || !bundle.report.fixture;
}

/** Loads the given report folders (or every folder under the given roots) as one set. */
export function loadReportSet(folders: readonly string[], options: LoadOptions): ReportSet {
	const loaded = folders.map(loadFolder);
	const valid = loaded.flatMap((f) => (f.bundle ? [{ folder: f.folder, bundle: f.bundle }] : []));
	const bundles = valid.filter((v) => isBuilt(v.bundle, options.withFixtures)).map((v) => v.bundle);
	const warnings: Problem[] = valid
		.filter((v) => !isBuilt(v.bundle, options.withFixtures))
		.map((v) => ({
			file: join(v.folder, 'report.yaml'),
			path: 'fixture',
			message: 'the report is marked "fixture: true", so it is validated but not published',
			hint: 'remove the line "fixture: true" from report.yaml to publish it (the example folder is a fixture; copies of it keep the flag)',
		}));
	// Every valid folder takes part, fixtures too: two fixtures built together must not clash either. Folders read
	// for context take part too, but only the problems of the given folders are theirs to fix.
	const given = new Set(loaded.map((f) => resolve(f.folder)));
	const context = (options.context ?? [])
		.filter((f) => !given.has(resolve(f)))
		.map(loadFolder)
		.flatMap((f) => (f.bundle ? [{ folder: f.folder, bundle: f.bundle }] : []));
	const contextFiles = new Set(context.map((c) => resolve(c.folder)));
	const problems = entityProblems([...valid, ...context], options.published).filter(
		(p) => !contextFiles.has(resolve(p.file, '..')),
	);
	if (options.checkPermalinks && problems.length === 0 && loaded.every((f) => f.bundle)) {
		const { lost } = comparePermalinks(readManifest(), bundles);
		for (const url of lost) {
			problems.push({
				file: MANIFEST,
				path: '',
				message: `the published permalink ${url} no longer leads to a change`,
				hint: 'restore the change id, or list it under formerIds of the change that replaced it',
			});
		}
	}
	return { folders: loaded, bundles, problems, warnings };
}

/** Every report folder directly under each of `roots`. */
export function foldersUnder(roots: readonly string[]): string[] {
	return roots.flatMap(listReportFolders);
}

/** The report set a build or dev server publishes, as configured (REORG_CONTENT, REORG_FIXTURES; see src/config.ts). */
export function siteOptions(
	settings: Pick<ReorgConfig, 'contentRoots' | 'fixtures' | 'customContent'> = config,
): LoadOptions & { roots: string[] } {
	const published = settings.customContent ? new Set<string>() : publishedReports(readManifest());
	return {
		roots: contentRoots(settings),
		withFixtures: includeFixtures(settings),
		checkPermalinks: !settings.customContent,
		published,
	};
}

/** The ids of the reports with a change URL in the permalink manifest: the reports already published. */
function publishedReports(manifest: readonly string[]): Set<string> {
	return new Set(manifest.flatMap((url) => url.match(/^\/reports\/([^/]+)\//)?.[1] ?? []));
}

/** Loads the report set of the site: the one call the content loader and the diagrams integration share. */
export function loadSiteReports(
	settings?: Pick<ReorgConfig, 'contentRoots' | 'fixtures' | 'customContent'>,
): ReportSet {
	const options = siteOptions(settings);
	return loadReportSet(foldersUnder(options.roots), options);
}

/** Reports newest first: by the latest day their publication date allows (an approximate month counts as its end), then by id. */
export function newestFirst(a: ReportBundle, b: ReportBundle): number {
	return (
		boundsOf(b.report.published).last - boundsOf(a.report.published).last || a.report.id.localeCompare(b.report.id)
	);
}

const newestFirstOnce = sameAsLast((bundles: readonly ReportBundle[]) => [...bundles].sort(newestFirst));

/**
 * A new array of these bundles newest first, sorted again only when they are not the very bundles of the last call.
 * Every page of a build asks for the reports newest first (the layout's CJK font face does): sorting each time cost
 * pages × reports × log(reports) comparisons, each reading two publication dates, which in a build of 40 reports
 * was about half of what all the pages allocated, and grew with the square of the number of reports.
 */
export function sortedNewestFirst(bundles: readonly ReportBundle[]): ReportBundle[] {
	return [...newestFirstOnce(bundles)];
}
