/**
 * The content-layer loader of report data: it runs the same validation as `npm run validate` and stops the build
 * with every problem of every folder, so an invalid report is never published.
 */
import type { Loader } from 'astro/loaders';
import { listReportFolders, loadReport } from '../model/loadReport.ts';
import { formatProblems } from '../model/problems.ts';

/** Loads every report folder under `roots`; fixture reports only when `withFixtures` is true. */
export function reportLoader(roots: string[], withFixtures: boolean): Loader {
	return {
		name: 'reorg-lens-reports',
		load: async ({ store, parseData, generateDigest, logger }) => {
			store.clear();
			const failures: string[] = [];
			for (const folder of roots.flatMap(listReportFolders)) {
				const { bundle, problems } = loadReport(folder);
				if (!bundle) {
					failures.push(formatProblems(folder, problems));
					continue;
				}
				if (bundle.report.fixture && !withFixtures) continue;
				const data = await parseData({ id: bundle.report.id, data: { ...bundle } });
				store.set({ id: bundle.report.id, data, digest: generateDigest(data) });
			}
			if (failures.length > 0) {
				const message = failures.join('\n');
				logger.error(message);
				throw new Error(`Invalid report data; nothing was built.\n${message}`);
			}
		},
	};
}
