/**
 * Parses one YAML data file of a report folder and checks it against its schema, turning YAML and zod errors into
 * problems that point at the line of the offending field.
 */
import { LineCounter, parseDocument, isMap, isSeq, type Document, type Node } from 'yaml';
import type { z } from 'astro/zod';
import { formatPath, type Problem } from './problems.ts';

/** The result of parsing a data file: its data when valid, and every problem found. */
export interface Parsed<T> {
	data?: T;
	problems: Problem[];
	/** Finds the line of a field path, for problems found later by cross-checks. */
	locate: (path: ReadonlyArray<PropertyKey>) => { line?: number; column?: number };
}

/** Parses YAML text as `file` and validates it with `schema`. */
export function parseDataFile<S extends z.ZodType>(file: string, text: string, schema: S): Parsed<z.output<S>> {
	const lineCounter = new LineCounter();
	const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
	const locate = (path: ReadonlyArray<PropertyKey>) => locateIn(doc, lineCounter, path);
	const problems: Problem[] = [];

	for (const error of doc.errors) {
		const pos = lineCounter.linePos(error.pos[0]);
		problems.push({
			file,
			path: '',
			line: pos.line,
			column: pos.col,
			message: `YAML syntax error: ${firstLine(error.message)}`,
			hint: 'check the indentation and quoting on this line; quote text that contains ": " or starts with a special character',
		});
	}
	if (problems.length > 0) return { problems, locate };

	if (doc.contents === null || text.trim() === '' || onlyComments(text)) {
		problems.push({
			file,
			path: '',
			message: 'the file is empty',
			hint: 'add the data, or delete the file if the report has none of this kind (report.yaml is required)',
		});
		return { problems, locate };
	}

	const result = schema.safeParse(doc.toJS(), { reportInput: true });
	if (!result.success) {
		for (const issue of result.error.issues.flatMap((i) => closestIssues(i, [])))
			problems.push(issueToProblem(file, issue, locate));
		return { problems, locate };
	}
	return { data: result.data, problems, locate };
}

function onlyComments(text: string): boolean {
	return text.split('\n').every((l) => l.trim() === '' || l.trim().startsWith('#'));
}

function firstLine(message: string): string {
	return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

/**
 * A union's issue says only that no form matched; the form with the fewest issues is almost always the one the
 * author meant (a date with `value:` is an exact date), so its issues are reported instead, with their full path.
 */
function closestIssues(issue: z.core.$ZodIssue, prefix: PropertyKey[]): z.core.$ZodIssue[] {
	const path = [...prefix, ...issue.path];
	if (issue.code !== 'invalid_union' || issue.errors.length === 0) return [{ ...issue, path }];
	const best = [...issue.errors].sort((a, b) => a.length - b.length)[0];
	return best.flatMap((inner) => closestIssues(inner, path));
}

function issueToProblem(file: string, issue: z.core.$ZodIssue, locate: Parsed<unknown>['locate']): Problem {
	const path = issue.path;
	const where = locate(path);
	const { message, hint } = describeIssue(issue);
	return { file, path: formatPath(path), ...where, message, hint };
}

/** Words for zod's issues that tell an author what to do, not only what failed. */
function describeIssue(issue: z.core.$ZodIssue): { message: string; hint?: string } {
	switch (issue.code) {
		case 'invalid_type':
			if (issue.input === undefined) {
				return {
					message: `required field is missing`,
					hint: `add "${String(issue.path.at(-1))}" (${issue.expected})`,
				};
			}
			return {
				message: `expected ${issue.expected}, got ${describeValue(issue.input)}`,
				hint:
					issue.expected === 'array'
						? 'write a list, one "- item" per line, or [a, b] on one line'
						: issue.expected === 'string' && typeof issue.input === 'number'
							? `put the value in quotes ("${String(issue.input)}"), so YAML reads it as text`
							: undefined,
			};
		case 'unrecognized_keys':
			return {
				message: `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`,
				hint: issue.keys.includes('parent')
					? 'where a unit sits is said once, as a line in reporting-lines.yaml: "- { id: <unit>-part-of-<parent>, from: <unit>, relation: part-of, to: <parent>, sources: [report] }"; remove parent: here'
					: 'check the spelling against the schema in public/schemas/, or remove the field',
			};
		case 'invalid_value':
			return {
				message: `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`,
				hint: 'use one of the listed values',
			};
		case 'invalid_union':
			return {
				message: 'does not match any accepted form',
				hint: 'a date is either { value: "2021-12-10" } or { oneOf: ["2021-12-03", "2021-12-10"], note: "why" }; a check needs a known "type"',
			};
		default:
			return { message: issue.message };
	}
}

function describeValue(value: unknown): string {
	if (value === null) return 'null (an empty value)';
	if (Array.isArray(value)) return 'a list';
	if (typeof value === 'object') return 'a mapping';
	return `${typeof value} ${JSON.stringify(value)}`;
}

/** Walks the YAML tree along `path` as far as it goes and returns that node's position. */
function locateIn(doc: Document, lineCounter: LineCounter, path: ReadonlyArray<PropertyKey>) {
	let node: Node | null | undefined = doc.contents;
	let best = node?.range?.[0];
	for (const key of path) {
		if (isMap(node)) {
			const pair = node.items.find((item) => (item.key as { value?: unknown } | null)?.value === key);
			if (!pair) break;
			best = (pair.key as Node).range?.[0] ?? best;
			node = pair.value as Node | null;
			if (node?.range && !isMap(node) && !isSeq(node)) best = node.range[0];
		} else if (isSeq(node) && typeof key === 'number') {
			node = node.items[key] as Node | undefined;
			if (!node) break;
			best = node.range?.[0] ?? best;
		} else break;
	}
	if (best === undefined) return {};
	const pos = lineCounter.linePos(best);
	return { line: pos.line, column: pos.col };
}
