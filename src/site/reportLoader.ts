/**
 * The content-layer loader of report data. It loads the build's report set (the same validation as
 * `npm run validate`, done once per build and shared with the diagrams integration) and stops the build with every
 * problem of every folder, so an invalid report is never published.
 *
 * Under `npm run dev` it also watches the report folders: an edit to any file of a folder re-validates that folder,
 * updates the store (so the page reloads), and renders the diagrams that changed. Invalid data does not stop the
 * server: its problems are printed, kept in `currentProblems()`, and thrown by the pages as an error the overlay
 * shows; the next valid save clears them.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { dirname, resolve, sep } from 'node:path';
import { ReportDataError } from '../model/errors.ts';
import { formatProblem, formatProblems } from '../model/problems.ts';
import { foldersUnder, loadReportSet, type ReportSet } from '../load/reportSet.ts';
import type { ReportBundle } from '../model/schema.ts';

/** What the loader last stored: each report's bundle by id with the store's digest, and the problems, if any. */
interface Current {
	bundles: Map<string, { digest: string; bundle: ReportBundle }>;
	error?: ReportDataError;
}

const CURRENT_KEY = Symbol.for('reorg-lens.loaded-reports');
const current: Current = ((globalThis as Record<symbol, unknown>)[CURRENT_KEY] ??= { bundles: new Map() }) as Current;

/** The bundle the loader stored under this id and digest, so pages share the loader's objects and their views. */
export function storedBundle(id: string, digest: string | undefined): ReportBundle | undefined {
	const stored = current.bundles.get(id);
	return stored && stored.digest === digest ? stored.bundle : undefined;
}

/** The problems of the last load in the dev server, thrown by pages so that Astro's overlay shows them. */
export function currentProblems(): ReportDataError | undefined {
	return current.error;
}

/** The error that stops a build or shows in the overlay: every problem, with file, line, field and fix. */
function setError(set: ReportSet): ReportDataError | undefined {
	const failures = set.folders.filter((f) => !f.bundle).map((f) => formatProblems(f.folder, f.problems));
	if (set.problems.length > 0) failures.push(formatProblems('reports together', set.problems));
	if (failures.length === 0) return undefined;
	const count = set.folders.reduce((n, f) => n + f.problems.length, set.problems.length);
	return new ReportDataError(
		`Invalid report data; nothing was built.\n${failures.join('\n')}`,
		`fix the ${count === 1 ? 'problem' : `${count} problems`} above (each says its file, line, field and fix); \`npm run validate\` lists them again`,
	);
}

/** Options of the loader. */
export interface ReportLoaderOptions {
	/** The folders that hold report folders. */
	roots: string[];
	/** Build fixture reports too. */
	withFixtures: boolean;
	/** Check change URLs against the permalink manifest (the published content only). */
	checkPermalinks?: boolean;
	/** Called in the dev server after a valid edit, with the bundles now built (the integration renders their diagrams). */
	onChange?: (bundles: ReportBundle[]) => Promise<void>;
}

async function sync(context: LoaderContext, options: ReportLoaderOptions, dev: boolean): Promise<void> {
	const { store, logger } = context;
	const set = loadReportSet(foldersUnder(options.roots), options);
	for (const warning of set.warnings) logger.warn(formatProblem(warning));
	const error = setError(set);
	current.error = error;
	if (error) {
		if (!dev) throw error;
		logger.error(error.message);
		// Leave the last valid data in the store but make its pages fail with the problems until they are fixed.
		for (const id of current.bundles.keys()) store.delete(id);
		current.bundles.clear();
		return;
	}
	// Diagrams first: the page updates once, when everything it shows is ready, never half-drawn.
	if (dev) await options.onChange?.(set.bundles);
	const ids = new Set(set.bundles.map((b) => b.report.id));
	for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
	for (const bundle of set.bundles) {
		const data = await context.parseData({ id: bundle.report.id, data: { ...bundle } });
		const digest = context.generateDigest(data);
		current.bundles.set(bundle.report.id, { digest, bundle });
		store.set({ id: bundle.report.id, data, digest });
	}
}

/** Loads every report folder under the roots; fixture reports only when asked for. */
export function reportLoader(options: ReportLoaderOptions): Loader {
	let watching = false;
	return {
		name: 'reorg-lens-reports',
		load: async (context) => {
			const dev = context.watcher !== undefined;
			await sync(context, options, dev);
			if (!context.watcher || watching) return;
			watching = true;
			const roots = options.roots.map((r) => resolve(r));
			context.watcher.add(roots);
			let queued: Promise<void> = Promise.resolve();
			const onEdit = (path: string) => {
				const inReport = roots.some(
					(root) => resolve(path).startsWith(root + sep) && dirname(resolve(path)) !== root,
				);
				if (!inReport) return;
				context.logger.info(`report data changed: ${path}`);
				queued = queued.then(() => sync(context, options, true)).catch((e) => context.logger.error(String(e)));
			};
			for (const event of ['add', 'change', 'unlink'] as const) context.watcher.on(event, onEdit);
		},
	};
}
