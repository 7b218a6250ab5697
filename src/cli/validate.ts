/**
 * `npm run validate -- [folder …]`: validates report folders (by default every folder under content/reports, or under the REORG_CONTENT folders) and prints every
 * problem found with its file, field, line and fix. Exits 1 when any folder has a problem.
 */
import { performance } from 'node:perf_hooks';
import { config } from '../config.ts';
import { contentRoots } from '../model/contentRoots.ts';
import { listReportFolders, loadReport } from '../model/loadReport.ts';
import { comparePermalinks, MANIFEST, readManifest } from '../model/permalinks.ts';
import { formatProblems } from '../model/problems.ts';
import type { ReportBundle } from '../model/schema.ts';

const args = process.argv.slice(2).filter((a) => a !== '--');
const folders = args.length > 0 ? args : contentRoots().flatMap(listReportFolders);
if (folders.length === 0) {
	console.error('validate: no report folders found; pass a folder path, such as content/reports/xiaomi-2021-12');
	process.exit(1);
}

let failed = 0;
const published: ReportBundle[] = [];
for (const folder of folders) {
	const started = performance.now();
	try {
		const { bundle, problems } = loadReport(folder);
		const ms = (performance.now() - started).toFixed(0);
		if (bundle) {
			if (!bundle.report.fixture) published.push(bundle);
			const { people, units, positions, lines, changes, events, claims } = bundle;
			console.log(`✓ ${folder}: ${people.length} people, ${units.length} units, ${positions.length} positions, ${lines.length} reporting lines, ${changes.length} changes, ${events.length} events, ${claims.length} claims (${ms} ms)`);
		} else {
			failed++;
			console.error(`✗ ${formatProblems(folder, problems)}`);
		}
	} catch (error) {
		failed++;
		console.error(`✗ ${folder}: could not be read: ${error instanceof Error ? error.message : String(error)}`);
	}
}
// Published permalinks never break: check them whenever the published reports are validated together.
if (args.length === 0 && !config.customContent && failed === 0) {
	const { lost, added } = comparePermalinks(readManifest(), published);
	for (const url of lost) console.error(`✗ ${MANIFEST}: the published permalink ${url} no longer leads to a change\n    fix: restore the change id, or list it under formerIds of the change that replaced it`);
	for (const url of added) console.log(`  new permalink ${url}: run \`npm run permalinks\` to record it in ${MANIFEST}`);
	if (lost.length > 0) failed++;
}
process.exit(failed > 0 ? 1 : 0);
