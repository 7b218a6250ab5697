/**
 * A synthetic scale corpus for the benchmark: fictional report folders, each with a given number of changes, that
 * validate and build like real ones. They are written to a temporary folder, marked as fixtures, never published.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** YAML in JSON's flow style: a list one item a line (a committed fixture then diffs by entity), anything else indented. */
const yaml = (value: unknown): string =>
	Array.isArray(value)
		? `[\n${value.map((item) => JSON.stringify(item)).join(',\n')}\n]\n`
		: JSON.stringify(value, null, 1);

/** Writes one fictional report folder with `changes` changes and returns its path. */
export function writeSyntheticReport(root: string, index: number, changes: number): string {
	const id = `synthetic-${String(index).padStart(3, '0')}`;
	const dir = join(root, id);
	mkdirSync(dir, { recursive: true });
	const company = `Company ${index}`;
	// Names count from 1 (ids from 0): “Team 0 moves” reads as a count of none.
	const sentences = Array.from(
		{ length: changes },
		(_, i) =>
			`Team ${i + 1} of ${company} moves into Division ${(i % 5) + 1} and its head reports to Executive ${(i % 5) + 1}.`,
	);
	const paragraphs = Array.from({ length: Math.ceil(changes / 4) }, (_, p) =>
		sentences.slice(p * 4, p * 4 + 4).join(' '),
	);
	writeFileSync(
		join(dir, 'source.txt'),
		[`${company} reorganizes ${changes} teams (synthetic test report)`, ...paragraphs].join('\n\n'),
	);
	const sections = paragraphs.map((_, p) => ({ id: `part-${p}`, title: `Part ${p}` }));
	writeFileSync(
		join(dir, 'report.yaml'),
		yaml({
			id,
			title: `${company} reorganizes ${changes} teams (synthetic test report)`,
			publisher: 'Synthetic',
			language: 'en',
			published: { value: '2030-06-01' },
			sourceText: 'source.txt',
			summary: 'A synthetic report for the benchmark.',
			fixture: true,
			sections,
		}),
	);
	writeFileSync(join(dir, 'sources.yaml'), yaml([{ id: 'report', kind: 'report', name: 'The synthetic report' }]));
	// Every synthetic company has its own people and units (ids are site-wide, see model/entities.ts), as most reports of a
	// newsroom's archive do; an edit to one report's data then touches that report's pages alone.
	const own = (id: string) => `c${index}-${id}`;
	const people = [
		{ id: own('ceo'), name: `Chief ${index}`, sources: ['report'] },
		...Array.from({ length: 5 }, (_, e) => ({
			id: own(`exec-${e}`),
			name: `Executive ${e + 1}`,
			sources: ['report'],
		})),
	];
	writeFileSync(join(dir, 'people.yaml'), yaml(people));
	const units = [
		...Array.from({ length: 5 }, (_, d) => ({
			id: own(`division-${d}`),
			name: `Division ${d + 1}`,
			kind: 'department',
			sources: ['report'],
		})),
		...Array.from({ length: changes }, (_, i) => ({
			id: own(`team-${i}`),
			name: `Team ${i + 1}`,
			kind: i % 2 ? 'region' : 'business-line',
			sources: ['report'],
		})),
		{ id: own('new-group'), name: 'New group', kind: 'department', created: true, sources: ['report'] },
	];
	writeFileSync(join(dir, 'units.yaml'), yaml(units));
	const lines = [
		...Array.from({ length: 5 }, (_, e) => ({
			id: `exec-${e}-leads`,
			from: own(`exec-${e}`),
			relation: 'leads',
			to: own(`division-${e}`),
			sources: ['report'],
		})),
		...Array.from({ length: changes }, (_, i) => [
			{
				id: `team-${i}-old`,
				from: own(`team-${i}`),
				relation: 'reports-to',
				to: own('ceo'),
				sources: ['report'],
			},
			{
				id: `team-${i}-into`,
				from: own(`team-${i}`),
				relation: 'part-of',
				to: own(i < 3 ? 'new-group' : `division-${i % 5}`),
				sources: ['report'],
			},
			{
				id: `team-${i}-new`,
				from: own(`team-${i}`),
				relation: 'reports-to',
				to: own(`exec-${i % 5}`),
				sources: ['report'],
			},
		]).flat(),
		{
			id: 'group-part-of',
			from: own('new-group'),
			relation: 'part-of',
			to: own('division-0'),
			sources: ['report'],
		},
	];
	writeFileSync(join(dir, 'reporting-lines.yaml'), yaml(lines));
	const changeList = Array.from({ length: changes }, (_, i) => ({
		id: `team-${i}-moves`,
		kind: 'move',
		title: `Team ${i + 1} moves into Division ${(i % 5) + 1}`,
		date: { value: `2030-05-${String((i % 28) + 1).padStart(2, '0')}` },
		section: `part-${Math.floor(i / 4)}`,
		quote: sentences[i],
		people: [own(`exec-${i % 5}`)],
		units: [own(`team-${i}`)],
		ends: [`team-${i}-old`],
		starts: [`team-${i}-into`, `team-${i}-new`, ...(i === 0 ? ['group-part-of'] : [])],
		confidence: 'stated',
		sources: ['report'],
	}));
	writeFileSync(join(dir, 'changes.yaml'), yaml(changeList));
	// Each sentence is its change's anchor, as an author marks it, so that a change's page links back to its words.
	const anchored = Array.from({ length: Math.ceil(changes / 4) }, (_, p) =>
		sentences
			.slice(p * 4, p * 4 + 4)
			.map((text, j) => `<Change id="team-${p * 4 + j}-moves">${text}</Change>`)
			.join('{" "}'),
	);
	const article = anchored
		.map(
			(text, p) =>
				`<Section id="part-${p}">\n\n<Para n={${p + 1}}>\n\n${text}\n\n<Note kind="context" title="Part ${p}" sources={["report"]}>\nA synthetic note.\n</Note>\n\n</Para>\n\n</Section>\n`,
		)
		.join('\n');
	writeFileSync(join(dir, 'article.mdx'), article);
	return dir;
}

/** Writes `reports` synthetic report folders under `root`. */
export function writeCorpus(root: string, reports: number, changes: number): string[] {
	return Array.from({ length: reports }, (_, i) => writeSyntheticReport(root, i, changes));
}
