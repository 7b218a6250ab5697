/**
 * `npm run validate -- [folder …]`: validates report folders (by default every folder under content/reports, or
 * under the REORG_CONTENT folders) with the same code the build runs (`loadReportSet`), and prints every problem
 * found with its file, field, line and fix, and every warning. Given folders are also checked against the ids of
 * every report of the site. Exits 1 when any folder has a problem.
 */
import { comparePermalinks, MANIFEST, readManifest } from '../model/permalinks.ts';
import { formatProblem, formatProblems } from '../model/problems.ts';
import { foldersUnder, loadReportSet, siteOptions } from '../load/reportSet.ts';

const args = process.argv.slice(2).filter((a) => a !== '--');
const options = siteOptions();
const folders = args.length > 0 ? args : foldersUnder(options.roots);
if (folders.length === 0) {
	console.error('validate: no report folders found; pass a folder path, such as content/reports/xiaomi-2021-12');
	process.exit(1);
}

let failed = 0;
let set;
try {
	// Permalinks never break: they are checked whenever the published reports are validated together.
	// Given folders are checked against every other report of the site too, so that a new report cannot take an id
	// a published one defines; the problem then names the new report.
	set = loadReportSet(folders, {
		...options,
		checkPermalinks: args.length === 0 && options.checkPermalinks,
		context: args.length > 0 ? foldersUnder(options.roots) : [],
	});
} catch (error) {
	console.error(`✗ could not read the report folders: ${error instanceof Error ? error.message : String(error)}`);
	process.exit(1);
}
for (const { folder, bundle, problems, ms } of set.folders) {
	if (bundle) {
		const { people, units, positions, lines, changes, events, claims } = bundle;
		console.log(
			`✓ ${folder}: ${people.length} people, ${units.length} units, ${positions.length} positions, ${lines.length} reporting lines, ${changes.length} changes, ${events.length} events, ${claims.length} claims (${ms.toFixed(0)} ms)`,
		);
	} else {
		failed++;
		console.error(`✗ ${formatProblems(folder, problems)}`);
	}
}
if (set.problems.length > 0) {
	failed++;
	console.error(`✗ ${formatProblems('the reports together', set.problems)}`);
}
for (const warning of set.warnings) console.warn(`⚠ ${formatProblem(warning)}`);
if (args.length === 0 && options.checkPermalinks && failed === 0) {
	for (const url of comparePermalinks(readManifest(), set.bundles).added)
		console.log(`  new permalink ${url}: run \`npm run permalinks\` to record it in ${MANIFEST}`);
}
process.exit(failed > 0 ? 1 : 0);
