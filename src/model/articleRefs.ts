/**
 * Finds the ids that an article's MDX refers to (sections, changes, people, units, sources, diagrams) and reports
 * those the data does not define, with their line in the article, so a typo in an id stops the build.
 */
import type { Problem } from './problems.ts';
import type { ReportBundle } from './schema.ts';

/** Attributes of the article's components that name an id, and the kind of thing they name. */
const ID_ATTRIBUTES: ReadonlyArray<[RegExp, keyof Known]> = [
	[/<Section\s+id="([^"]*)"/g, 'section'],
	[/<Change\s+id="([^"]*)"/g, 'change'],
	[/<Person\s+id="([^"]*)"/g, 'person'],
	[/\bchange="([^"]*)"/g, 'change'],
	[/\bperson="([^"]*)"/g, 'person'],
	[/\bunit="([^"]*)"/g, 'unit'],
];

interface Known {
	section: Set<string>;
	change: Set<string>;
	person: Set<string>;
	unit: Set<string>;
	source: Set<string>;
}

/** Returns a problem for each id in the article that the bundle does not define, and for each section left out. */
export function articleProblems(bundle: ReportBundle, file: string, missing: ReadonlySet<string> = new Set()): Problem[] {
	const known: Known = {
		section: new Set(bundle.report.sections.map((s) => s.id)),
		change: new Set(bundle.changes.map((c) => c.id)),
		person: new Set(bundle.people.map((p) => p.id)),
		unit: new Set(bundle.units.map((u) => u.id)),
		source: new Set(bundle.sources.map((s) => s.id)),
	};
	const text = bundle.article;
	const lineOf = (index: number) => text.slice(0, index).split('\n').length;
	const problems: Problem[] = [];
	const used = new Set<string>();
	const report = (index: number, kind: string, id: string, where: string) =>
		problems.push({ file, path: '', line: lineOf(index), message: `unknown ${kind} "${id}"`, hint: `use an id defined in ${where}` });

	for (const [pattern, kind] of ID_ATTRIBUTES) {
		for (const match of text.matchAll(pattern)) {
			if (kind === 'section') used.add(match[1]);
			const list = kind === 'section' ? 'report.yaml' : `${kind === 'person' ? 'people' : `${kind}s`}.yaml`;
			// A missing data file is reported once by the cross-checks, not once per reference here.
			if (!known[kind].has(match[1]) && !missing.has(list)) report(match.index, kind, match[1], kind === 'section' ? 'the sections of report.yaml' : `${kind === 'person' ? 'people' : `${kind}s`}.yaml`);
		}
	}
	for (const match of text.matchAll(/\bsources=\{\s*\[([^\]]*)\]\s*\}/g)) {
		for (const id of match[1].matchAll(/["']([^"']+)["']/g)) {
			if (!known.source.has(id[1]) && !missing.has('sources.yaml')) report(match.index, 'source', id[1], 'sources.yaml');
		}
	}
	for (const section of bundle.report.sections) {
		if (!used.has(section.id)) problems.push({ file, path: '', message: `section "${section.id}" of report.yaml is not in the article`, hint: `add <Section id="${section.id}"> … </Section> to the article, or remove the section from report.yaml` });
	}
	return problems;
}
