/**
 * Every check of a report folder, each with the exact message an author reads. Each case breaks one thing in a copy
 * of the fixture report and compares the printed problems with `golden/problems/<rule>.txt` (the temporary folder
 * written as `<folder>`). A golden file that does not exist yet is written on the first run; after an intended
 * change of wording, run `UPDATE_GOLDEN=1 npx vitest run src/model/problems.golden.test.ts` and review the diff.
 */
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, formatProblems } from './problems.ts';
import { loadReportSet } from '../load/reportSet.ts';
import { expectGolden } from '../../test/helpers/golden.ts';
import { copyWithEdits, FIXTURE } from '../../test/helpers/reportFolders.ts';

const GOLDEN = join(process.cwd(), 'src', 'model', 'golden', 'problems');

type Edits = Parameters<typeof copyWithEdits>[1];

const replace = (from: string | RegExp, to: string) => (text: string) => {
	const out = text.replace(from, to);
	if (out === text) throw new Error(`test edit found nothing to replace: ${from}`);
	return out;
};
const append = (more: string) => (text: string) => `${text}${more}`;
const latin1 = (text: string) => Buffer.from(text, 'latin1');

/** One rule: the edits that break it. */
const RULES: Record<string, Edits> = {
	'required-file-missing': { 'sources.yaml': null },
	'data-file-missing-referenced-once': { 'units.yaml': null },
	'unknown-data-file': { 'notes.yaml': '- a: b\n' },
	'yaml-syntax': { 'people.yaml': replace('  name: Bo Zhang 张博 שלום', '  name: Bo: Zhang: 张博') },
	'empty-file': { 'claims.yaml': '# nothing yet\n' },
	'missing-field': { 'units.yaml': replace('  name: Devices Division\n', '') },
	'unknown-field': {
		'units.yaml': replace('  name: Devices Division\n', '  name: Devices Division\n  colour: red\n'),
	},
	'wrong-value': { 'changes.yaml': replace('kind: merge', 'kind: merger') },
	'folder-id-differs': { 'report.yaml': replace('id: northwind-2030-01', 'id: northwind-2030-02') },
	'source-text-missing': { 'source.txt': null },
	'article-missing': { 'article.mdx': null },
	'duplicate-id': { 'units.yaml': replace('- id: devices', '- id: labs') },
	'former-id-reused': { 'changes.yaml': replace('formerIds: [labs-merge]', 'formerIds: [global-sales-created]') },
	'unknown-reference': { 'changes.yaml': replace('people: [ada-quill]', 'people: [ada-quil]') },
	'ends-before-it-starts': {
		'reporting-lines.yaml': replace(
			'  to: devices\n  sources: [report]',
			'  to: devices\n  start: { value: 2030-02 }\n  end: { value: "2029" }\n  sources: [report]',
		),
	},
	'counted-seats-with-holder': {
		'positions.yaml': '- id: vps\n  title: Vice presidents\n  count: 3\n  holder: bo-zhang\n  sources: [report]\n',
	},
	'reports-to-itself': {
		'reporting-lines.yaml': replace(
			'  from: bo-zhang\n  relation: reports-to\n  to: ada-quill',
			'  from: bo-zhang\n  relation: reports-to\n  to: bo-zhang',
		),
	},
	'part-of-joins-units': {
		'reporting-lines.yaml': replace(
			'- id: bo-reports-to-ada\n  from: bo-zhang\n  relation: reports-to',
			'- id: bo-reports-to-ada\n  from: bo-zhang\n  relation: part-of',
		),
	},
	'leads-person-to-unit': {
		'reporting-lines.yaml': replace(
			'  from: ada-quill\n  relation: leads\n  to: devices',
			'  from: devices\n  relation: leads\n  to: ada-quill',
		),
	},
	'timeline-entry-too-long': { 'changes.yaml': replace(/ {2}shortTitle: Labs .*\n/, '') },
	'timeline-short-title-too-long': {
		'changes.yaml': replace(
			/shortTitle: Labs .* #/,
			'shortTitle: Labs "]--> merges into the Devices Division %% click #',
		),
	},
	'line-started-and-ended': {
		'changes.yaml': replace(
			'ends: [labs-part-of-northwind]',
			'ends: [labs-part-of-northwind, labs-part-of-devices]',
		),
	},
	'line-started-twice': {
		'changes.yaml': replace(
			'starts: [regional-part-of-sales,',
			'starts: [labs-reports-to-ada, regional-part-of-sales,',
		),
	},
	'handover-without-giver': { 'changes.yaml': replace('kind: restructure', 'kind: handover') },
	'respectively-counts': {
		'claims.yaml': append(
			'- id: pairs\n  quote: Bo Zhang, who leads the group, reports to Ada Quill.\n  statement: Pairs.\n  section: sales\n  check: { type: respectively, changes: [labs-into-devices, global-sales-created], targets: [devices, global-sales, northwind] }\n',
		),
	},
	'quote-not-in-text': {
		'changes.yaml': replace('will be merged into the Devices Division', 'will be moved into the Devices Division'),
	},
	'unit-parent-field': { 'units.yaml': replace('  kind: department\n', '  kind: department\n  parent: northwind\n') },
	'unit-in-two-units': { 'changes.yaml': replace('ends: [labs-part-of-northwind]', 'ends: []') },
	'reporting-line-cycle': {
		'reporting-lines.yaml': append(
			'- id: loop\n  from: ada-quill\n  relation: reports-to\n  to: bo-zhang\n  sources: [report]\n',
		),
	},
	'claim-contradicted': {
		'claims.yaml': append(
			'- id: five\n  quote: Bo Zhang, who leads the group, reports to Ada Quill.\n  statement: Five report to Ada Quill.\n  section: sales\n  check: { type: direct-report-count, person: ada-quill, expect: 5 }\n',
		),
	},
	'article-unknown-id': { 'article.mdx': replace('<Person id="bo-zhang">', '<Person id="bo-zang">') },
	'article-section-missing': { 'report.yaml': append('  - id: outlook\n    title: Outlook\n') },
	'verbatim-one-word': {
		'article.mdx': replace('will be merged into the Devices Division', 'will be moved into the Devices Division'),
	},
	'verbatim-paragraph-missing': { 'article.mdx': replace(/<Para n=\{3\}>[\s\S]*?<\/Para>/, '') },
	'verbatim-title-differs': {
		'report.yaml': replace(
			'title: Northwind Gadgets Folds Its "Labs" Into Devices, Creates One Sales Group',
			'title: Northwind Folds Its Labs Into Devices',
		),
	},
	'not-utf8': { 'people.yaml': (t) => latin1(t.replace('Bo Zhang 张博 שלום', 'Bo Zhang Zoë')) },
	// The article's elements: each slip that a build would otherwise fail on later, in a component, without a line.
	'article-section-id': { 'article.mdx': replace('<Section id="sales">', '<Section id="sale">') },
	'article-change-id': { 'article.mdx': replace('<Change id="global-sales-created">', '<Change id="global-sales">') },
	'article-note-kind': { 'article.mdx': replace('<Note kind="term"', '<Note kind="terms"') },
	'article-note-person': { 'article.mdx': replace('person="bo-zhang"', 'person="bo"') },
	'article-note-change': {
		'article.mdx': replace('<Note kind="term" title="東京"', '<Note kind="term" change="labs" title="東京"'),
	},
	'article-note-source': { 'article.mdx': replace('sources={["guess"]}', 'sources={["guess", "wikipedia"]}') },
	'article-note-sources-not-a-list': { 'article.mdx': replace('sources={["guess"]}', 'sources="guess"') },
	'article-note-on-absent': { 'article.mdx': replace('on="R&D"', 'on="R and D"') },
	'article-note-on-across-elements': { 'article.mdx': replace('on="東京"', 'on="Bo Zhang, who leads"') },
	'article-note-on-taken': { 'article.mdx': replace('on="東京"', 'on="Bo Zhang"') },
	'article-too-many-notes': {
		'article.mdx': replace(
			'</Note>\n\n</Para>\n\n</Section>\n\n<Section id="sales">',
			`</Note>\n${'\n<Note kind="context" title="More" sources={["report"]}>\nMore.\n</Note>\n'.repeat(6)}\n</Para>\n\n</Section>\n\n<Section id="sales">`,
		),
	},
	'article-para-several-paragraphs': {
		'article.mdx': replace(', bringing together the regional', ', bringing together\n\nthe regional'),
	},
	'article-diagram-bogus': { 'article.mdx': replace('<Para n={1}>', '<Diagram kind="bogus" />\n\n<Para n={1}>') },
	'article-unknown-element': {
		'article.mdx': replace('<Person id="bo-zhang">Bo Zhang</Person>', '<Name id="bo-zhang">Bo Zhang</Name>'),
	},
	'article-unknown-prop': {
		'article.mdx': replace('<Note kind="person" title="Bo Zhang"', '<Note kind="person" titel="Bo Zhang"'),
	},
	'article-every-slip-at-once': {
		'article.mdx': (t) =>
			replace(
				'<Change id="global-sales-created">',
				'<Change id="global-sales">',
			)(
				replace(
					'<Note kind="term"',
					'<Note kind="terms"',
				)(replace('<Para n={1}>', '<Diagram kind="bogus" />\n\n<Para n={1}>')(t)),
			),
	},
};

/** Loads the edited copy and prints its problems and warnings, the folder written as <folder>. */
function printed(edits: Edits): string {
	const dir = copyWithEdits(FIXTURE, edits);
	const set = loadReportSet([dir], { withFixtures: true });
	const lines = set.folders.flatMap((f) => (f.bundle ? [] : [formatProblems(f.folder, f.problems)]));
	lines.push(...set.problems.map(formatProblem), ...set.warnings.map((w) => `warning: ${formatProblem(w)}`));
	return `${lines.join('\n').replaceAll(dir, '<folder>').replaceAll(dirname(dir), '<parent>')}\n`;
}

describe('every check of a report folder, with its exact message', () => {
	for (const [name, edits] of Object.entries(RULES)) {
		it(name, () => {
			const out = printed(edits);
			expect(out, 'the edit must cause a problem').toMatch(/problem/);
			expectGolden(join(GOLDEN, `${name}.txt`), out);
		});
	}
});
