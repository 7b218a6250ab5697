/**
 * A problem found in a report folder, and how problems are printed. Every check of the data reports problems in
 * this one shape, so authors always learn the file, the field, what is wrong and how to fix it.
 */

/** Builds a problem at a field path of one of the folder's files. */
export type At = (file: string, path: ReadonlyArray<PropertyKey>, message: string, hint?: string) => Problem;

/** One thing wrong with a report folder. */
export interface Problem {
	/** The file, relative to the current directory. */
	file: string;
	/** The field path inside the file, as in `changes[2].section`; empty for the file as a whole. */
	path: string;
	/** The 1-based line in the file, where the parser can tell. */
	line?: number;
	/** The 1-based column, with the line. */
	column?: number;
	/** What is wrong, in one sentence. */
	message: string;
	/** How to fix it. */
	hint?: string;
}

/** Formats a field path such as ["changes", 2, "section"] as `[2].section` relative to a file. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
	let out = '';
	for (const key of path) {
		if (typeof key === 'number') out += `[${key}]`;
		else out += out === '' ? String(key) : `.${String(key)}`;
	}
	return out;
}

/** Prints one problem as `file:line:col field: message. Fix: hint`. */
export function formatProblem(problem: Problem): string {
	const where = problem.line ? `${problem.file}:${problem.line}:${problem.column ?? 1}` : problem.file;
	const field = problem.path ? ` ${problem.path}:` : '';
	const hint = problem.hint ? `\n    fix: ${problem.hint}` : '';
	return `${where}${field} ${problem.message}${hint}`;
}

/** Prints every problem of a folder under a one-line count. */
export function formatProblems(folder: string, problems: readonly Problem[]): string {
	const noun = problems.length === 1 ? 'problem' : 'problems';
	return [
		`${folder}: ${problems.length} ${noun} in the report data`,
		...problems.map((p) => `  ${formatProblem(p)}`),
	].join('\n');
}
