import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadReport } from '../load/loadReport.ts';
import { parseDataFile } from './parseDataFile.ts';
import { formatProblem } from './problems.ts';
import { escapeMdxText, scaffoldReport } from './scaffold.ts';
import { dataFiles } from './schema.ts';
import { TEMPLATES } from './templates.ts';
import { XIAOMI_FIXTURE } from '../../test/helpers/reportFolders.ts';

const XIAOMI_TEXT = join(XIAOMI_FIXTURE, 'source.txt');
const HOSTILE =
	'A *Hostile* <Headline> {x}\n\n1. starts like a list & has [brackets](x), `code`, &amp; and # hash\n\n- a dash, a > quote, a_b_c and a {y} and </Para>\n';

function writeScaffold(id: string, text: string): string {
	const dir = join(mkdtempSync(join(tmpdir(), 'reorg-lens-new-')), id);
	mkdirSync(dir);
	for (const [file, content] of Object.entries(scaffoldReport(id, text, '2030-01-01')))
		writeFileSync(join(dir, file), content);
	return dir;
}

describe('the scaffold of a new report', () => {
	it('makes a folder from the Xiaomi text that validates, every paragraph in a Para under placeholder sections', () => {
		const dir = writeScaffold('copy-2021-12', readFileSync(XIAOMI_TEXT, 'utf8'));
		const { bundle, problems } = loadReport(dir);
		expect(problems.map(formatProblem)).toEqual([]);
		expect(bundle?.report.sections.map((s) => s.id)).toEqual(['part-1', 'part-2', 'part-3']);
		expect(bundle?.article.match(/<Para n=\{\d+\}>/g)).toHaveLength(9);
		expect(bundle?.report.fixture).toBe(true);
	});

	it('escapes text that MDX would read as tags, expressions, emphasis, links or lists, and still validates', () => {
		const dir = writeScaffold('hostile-2030-01', HOSTILE);
		expect(loadReport(dir).problems.map(formatProblem)).toEqual([]);
		expect(escapeMdxText('1. a *b* <c> {d}')).toBe('1\\. a \\*b\\* \\<c\\> \\{d\\}');
	});

	it('runs as `npm run new-report`, which validates the folder it made and refuses to overwrite it', () => {
		const into = mkdtempSync(join(tmpdir(), 'reorg-lens-cli-'));
		const run = () =>
			spawnSync(process.execPath, ['src/cli/newReport.ts', 'acme-2030-02', XIAOMI_TEXT, '--into', into], {
				encoding: 'utf8',
			});
		const first = run();
		expect(first.status, first.stderr).toBe(0);
		expect(first.stdout).toMatch(/✓ .*acme-2030-02: 0 people/);
		const again = run();
		expect(again.status).toBe(1);
		expect(again.stderr).toContain('already exists');
	});
});

describe('the templates of every data file', () => {
	it('are valid entries of their file’s schema', () => {
		for (const [file, template] of Object.entries(TEMPLATES)) {
			const { problems } = parseDataFile(file, template, dataFiles[file as keyof typeof dataFiles]);
			expect(problems.map(formatProblem), file).toEqual([]);
			expect(parse(template)).toHaveLength(1);
		}
	});

	it('are the ones docs/adding-a-report.md shows', () => {
		const docs = readFileSync(join(process.cwd(), 'docs', 'adding-a-report.md'), 'utf8');
		for (const [file, template] of Object.entries(TEMPLATES))
			expect(docs, file).toContain(`\`${file}\`:\n\n\`\`\`yaml\n${template}\n\`\`\``);
		const report = docs.match(/`report\.yaml`:\n\n```yaml\n([\s\S]*?)```/)?.[1] ?? '';
		expect(parseDataFile('report.yaml', report, dataFiles['report.yaml']).problems.map(formatProblem)).toEqual([]);
	});
});
