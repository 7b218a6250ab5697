/**
 * `npm run new-report -- <id> <path/to/source.txt> [--into <folder>]`: creates the report folder `<id>` (under
 * content/reports, or the folder given) from the report's text: source.txt, a report.yaml stub, article.mdx with
 * every paragraph in a <Para> under placeholder sections, and every data file empty under a commented template.
 * Then it validates the folder. It never overwrites an existing folder.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeText } from '../model/encoding.ts';
import { formatProblem } from '../model/problems.ts';
import { scaffoldReport } from '../model/scaffold.ts';
import { Id } from '../model/schema.ts';

const args = process.argv.slice(2).filter((a) => a !== '--');
const intoAt = args.indexOf('--into');
const into = intoAt >= 0 ? args.splice(intoAt, 2)[1] : 'content/reports';
const [id, sourcePath] = args;
const fail = (message: string) => {
	console.error(`new-report: ${message}`);
	process.exit(1);
};

if (!id || !sourcePath) fail('usage: npm run new-report -- <id> <path/to/source.txt> [--into <folder>]');
if (!Id.safeParse(id).success)
	fail(`"${id}" is not a report id: use lower-case letters, digits and hyphens, such as acme-2031-06`);
if (!existsSync(sourcePath)) fail(`${sourcePath} does not exist: give the path of the report's text`);
const dir = join(into, id);
if (existsSync(dir)) fail(`${dir} already exists; pick another id or remove the folder`);

const read = decodeText(sourcePath, readFileSync(sourcePath));
if ('problem' in read) fail(formatProblem(read.problem));
let files: Record<string, string> = {};
try {
	files = scaffoldReport(id, (read as { text: string }).text);
} catch (error) {
	fail(`${sourcePath}: ${(error as Error).message}`);
}
mkdirSync(dir, { recursive: true });
for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
console.log(`created ${dir}/ with ${Object.keys(files).sort().join(', ')}`);

const result = spawnSync(process.execPath, [join(import.meta.dirname, 'validate.ts'), dir], { stdio: 'inherit' });
if (result.status === 0) {
	console.log(`next: fill in the placeholders of ${join(dir, 'report.yaml')}, then follow docs/adding-a-report.md`);
}
process.exit(result.status ?? 1);
