/**
 * `npm run permalinks`: adds the change URLs of the published reports to the permalink manifest. URLs are only
 * ever added: one that disappears must keep working through a renamed change's formerIds.
 */
import { listReportFolders, loadReport } from '../load/loadReport.ts';
import { comparePermalinks, MANIFEST, readManifest, writeManifest } from '../model/permalinks.ts';
import type { ReportBundle } from '../model/schema.ts';

const bundles = listReportFolders('content/reports')
	.map((f) => loadReport(f).bundle)
	.filter((b): b is ReportBundle => b !== undefined && !b.report.fixture);
const manifest = readManifest();
const { lost, added } = comparePermalinks(manifest, bundles);
writeManifest([...manifest, ...added]);
console.log(`${MANIFEST}: ${manifest.length + added.length} permalinks, ${added.length} added`);
for (const url of lost) console.error(`lost: ${url} (restore the change or list its old id under formerIds)`);
process.exit(lost.length > 0 ? 1 : 0);
