/**
 * Every check of an article's elements, on its MDX syntax tree: the element names and their props, the ids they
 * refer to (sections, changes, people, sources), note kinds, and diagram kinds against the diagrams the report's
 * data draws. Each slip is a Problem with its line, column and fix, and all are reported at once, so that
 * `npm run validate` catches what a build would otherwise fail on later, one element at a time and without a line.
 * The checks of a paragraph's notes (their number, their `on` words) are in paraChecks.ts. The components render
 * what these checks have passed and check nothing themselves.
 */
import { ARTICLE_ELEMENTS, isOfKind, NOTE_LABELS, PLACEABLE_DIAGRAMS } from './articleElements.ts';
import { isElement, parseArticle, prop, spacedBlocks, walk, type MdxNode } from './articleTree.ts';
import { paraProblems } from './paraChecks.ts';
import type { Problem } from './problems.ts';
import type { ReportBundle } from './schema.ts';

/** The ids an article may name, by the data file that defines them. */
interface Known {
	section: Set<string>;
	change: Set<string>;
	person: Set<string>;
	source: Set<string>;
}

const WHERE = {
	section: 'the sections of report.yaml',
	change: 'changes.yaml',
	person: 'people.yaml',
	source: 'sources.yaml',
} as const;
const FILE = { section: 'report.yaml', change: 'changes.yaml', person: 'people.yaml', source: 'sources.yaml' } as const;

/** The ids of a `sources={["a", "b"]}` expression, or undefined when it is not a list of quoted ids. */
export function sourceIds(expression: string): string[] | undefined {
	const inner = expression.trim().match(/^\[([\s\S]*)\]$/)?.[1];
	if (inner === undefined) return undefined;
	const items = inner
		.split(',')
		.map((s) => s.trim())
		.filter(Boolean);
	const ids = items.map((item) => item.match(/^(["'])([^"']*)\1$/)?.[2]);
	return ids.every((id) => id !== undefined) ? ids : undefined;
}

/**
 * Returns a problem for each slip in the article: an unknown element or prop, a missing prop, an id the data does
 * not define, a note kind, a diagram kind the data does not draw (when `drawn`, the kinds of the report's overview
 * diagrams, is given), a section of report.yaml left out, and the problems of each paragraph's notes.
 */
export function articleProblems(
	bundle: ReportBundle,
	file: string,
	missing: ReadonlySet<string> = new Set(),
	drawn?: readonly string[],
): Problem[] {
	const parsed = parseArticle(bundle.article);
	if ('error' in parsed) return []; // the verbatim check reports an article that is not MDX, once
	const known: Known = {
		section: new Set(bundle.report.sections.map((s) => s.id)),
		change: new Set(bundle.changes.map((c) => c.id)),
		person: new Set(bundle.people.map((p) => p.id)),
		source: new Set(bundle.sources.map((s) => s.id)),
	};
	const problems: Problem[] = [];
	const used = new Set<string>();
	const at = (node: MdxNode, message: string, hint: string): Problem => ({
		file,
		path: '',
		line: node.position?.start.line,
		column: node.position?.start.column,
		message,
		hint,
	});
	const checkId = (node: MdxNode, kind: keyof Known, id: string | true | undefined) => {
		if (typeof id !== 'string') return;
		// A missing data file is reported once by the cross-checks, not once per reference here.
		if (!known[kind].has(id) && !missing.has(FILE[kind]))
			problems.push(
				at(
					node,
					`<${node.name}>: unknown ${kind} "${id}"`,
					`use an id defined in ${WHERE[kind]}${nearest(id, known[kind])}`,
				),
			);
	};
	walk(parsed.tree, (node) => {
		node.children?.forEach((child, i) => {
			const before = node.children![i - 1];
			if (before && spacedBlocks(before, child))
				problems.push(
					at(
						child,
						`the space between <${before.name}> and <${child.name}> is lost on the page: a line holding only elements makes each a block of its own`,
						`write the space as {" "} between them: </${before.name}>{" "}<${child.name} …>`,
					),
				);
		});
		if (!isElement(node) || !node.name) return;
		const spec = ARTICLE_ELEMENTS[node.name];
		if (!spec) {
			if (/^[A-Z]/.test(node.name))
				problems.push(
					at(
						node,
						`<${node.name}> is not an element articles can use`,
						`use one of ${Object.keys(ARTICLE_ELEMENTS)
							.map((n) => `<${n}>`)
							.join(', ')} (docs/adding-a-report.md describes each)`,
					),
				);
			return;
		}
		problems.push(...propProblems(node, spec, at));
		if (node.name === 'Section') {
			const id = prop(node, 'id');
			if (typeof id === 'string') used.add(id);
			checkId(node, 'section', id);
		}
		if (node.name === 'Change' || node.name === 'Person')
			checkId(node, node.name === 'Change' ? 'change' : 'person', prop(node, 'id'));
		if (node.name === 'Note') problems.push(...noteProblems(node, at, checkId));
		if (node.name === 'Diagram') problems.push(...diagramProblems(node, drawn, at));
		if (node.name === 'Para') problems.push(...paraProblems(node, at));
	});
	for (const section of bundle.report.sections) {
		if (!used.has(section.id))
			problems.push({
				file,
				path: '',
				message: `section "${section.id}" of report.yaml is not in the article`,
				hint: `add <Section id="${section.id}"> … </Section> to the article, or remove the section from report.yaml`,
			});
	}
	return problems;
}

type At = (node: MdxNode, message: string, hint: string) => Problem;

/** The props an element lacks or does not take. */
function propProblems(
	node: MdxNode,
	spec: { required: readonly string[]; optional: readonly string[] },
	at: At,
): Problem[] {
	const problems: Problem[] = [];
	const takes = [...spec.required, ...spec.optional];
	for (const name of spec.required) {
		const value = prop(node, name);
		if (value === undefined || value === true || value.trim() === '')
			problems.push(
				at(
					node,
					`<${node.name}> needs a ${name}`,
					`write <${node.name} ${name}="…">; docs/adding-a-report.md shows every prop`,
				),
			);
	}
	for (const attr of node.attributes ?? []) {
		if (attr.type !== 'mdxJsxAttribute' || !attr.name || takes.includes(attr.name)) continue;
		problems.push(
			at(
				node,
				`<${node.name}> takes no prop "${attr.name}"`,
				`${node.name} takes ${takes.join(', ')}; remove "${attr.name}" or correct its spelling`,
			),
		);
	}
	return problems;
}

/** A note's kind, its sources and the person and change it is about. */
function noteProblems(
	node: MdxNode,
	at: At,
	checkId: (node: MdxNode, kind: keyof Known, id: string | true | undefined) => void,
): Problem[] {
	const problems: Problem[] = [];
	const kind = prop(node, 'kind');
	if (typeof kind === 'string' && !(kind in NOTE_LABELS))
		problems.push(at(node, `<Note>: unknown kind "${kind}"`, `use one of ${Object.keys(NOTE_LABELS).join(', ')}`));
	const sources = prop(node, 'sources');
	if (typeof sources === 'string') {
		const ids = sourceIds(sources);
		if (!ids)
			problems.push(
				at(
					node,
					`<Note>: sources must be a list of source ids, as in sources={["report"]}`,
					'write the ids in quotes inside {[ … ]}, separated by commas',
				),
			);
		else if (ids.length === 0)
			problems.push(
				at(node, '<Note>: the note cites no source', 'cite at least one source id from sources.yaml'),
			);
		else for (const id of ids) checkId(node, 'source', id);
	}
	checkId(node, 'person', prop(node, 'person'));
	checkId(node, 'change', prop(node, 'change'));
	return problems;
}

/** A `<Diagram kind>` that names no kind, or a kind the report's data does not draw. */
function diagramProblems(node: MdxNode, drawn: readonly string[] | undefined, at: At): Problem[] {
	const kind = prop(node, 'kind');
	if (typeof kind !== 'string' || kind === '') return [];
	const placeable = drawn
		? PLACEABLE_DIAGRAMS.filter((k) => drawn.some((d) => isOfKind(d, k)))
		: [...PLACEABLE_DIAGRAMS];
	if (!(PLACEABLE_DIAGRAMS as readonly string[]).includes(kind)) {
		return [at(node, `<Diagram kind="${kind}" /> is not a kind of diagram`, `use one of ${placeable.join(', ')}`)];
	}
	if (drawn && !drawn.some((d) => isOfKind(d, kind))) {
		return [
			at(
				node,
				`<Diagram kind="${kind}" />: the report's data draws no ${kind} diagram`,
				placeable.length
					? `use one of the kinds it draws (${placeable.join(', ')}), or remove the element`
					: 'remove the element: the data draws no overview diagram',
			),
		];
	}
	return [];
}

/** ", such as "x"" naming the known id nearest to a typo, or nothing. */
function nearest(id: string, ids: ReadonlySet<string>): string {
	let best: string | undefined;
	let bestDistance = Math.max(2, Math.floor(id.length / 4)) + 1;
	for (const candidate of ids) {
		const d = distance(id, candidate);
		if (d < bestDistance) [best, bestDistance] = [candidate, d];
	}
	return best ? ` (did you mean "${best}"?)` : '';
}

function distance(a: string, b: string): number {
	let row = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const next = [i];
		for (let j = 1; j <= b.length; j++)
			next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
		row = next;
	}
	return row[b.length];
}
