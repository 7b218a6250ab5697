/**
 * Reads a report folder from disk, validates every file and every cross-reference, and returns the bundle or all
 * the problems found. The folder is self-contained (text, data, article), so any copy of it validates alone.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { checkClaims } from '../model/claims.ts';
import { crossCheck } from '../model/crossCheck.ts';
import { articleProblems } from '../model/articleRefs.ts';
// An article's <Diagram kind> is checked against the diagrams its data draws: loading a folder comes after the
// diagrams in the flow (model → diagrams → load).
import { overviewDiagrams } from '../diagrams/generate.ts';
import { readText } from '../model/encoding.ts';
import { verbatimProblems } from '../model/verbatim.ts';
import { shareProblems } from '../model/shareChecks.ts';
import { timelineProblems } from './timelineChecks.ts';
import { changeKindProblems } from '../model/changeChecks.ts';
import { parseDataFile, type Parsed } from '../model/parseDataFile.ts';
import { formatPath, type At, type Problem } from '../model/problems.ts';
import { dataFiles, type ReportBundle } from '../model/schema.ts';

/** The files that every report folder must have; the other data files may be left out when empty. */
const REQUIRED = new Set(['report.yaml', 'sources.yaml', 'changes.yaml']);

/** The name of the article file in a report folder. */
const ARTICLE_FILE = 'article.mdx';

/** A report folder's bundle when valid, and every problem found in it. */
export interface LoadResult {
	bundle?: ReportBundle;
	problems: Problem[];
}

/** Loads and validates the report folder at `dir`. */
export function loadReport(dir: string): LoadResult {
	const shown = (file: string) => {
		const rel = relative(process.cwd(), join(dir, file));
		return rel.startsWith('..') ? join(dir, file) : rel || file;
	};
	if (!existsSync(dir) || !statSync(dir).isDirectory()) {
		return {
			problems: [
				{
					file: shown(''),
					path: '',
					message: 'is not a folder',
					hint: 'give the path of a report folder, such as content/reports/xiaomi-2021-12',
				},
			],
		};
	}
	const problems: Problem[] = [];
	const parsed: Record<string, Parsed<unknown>> = {};
	const missing = new Set<string>();
	for (const [file, schema] of Object.entries(dataFiles)) {
		const path = join(dir, file);
		if (!existsSync(path)) {
			missing.add(file);
			if (REQUIRED.has(file))
				problems.push({
					file: shown(file),
					path: '',
					message: 'required file is missing',
					hint: `create ${file}; docs/adding-a-report.md shows its fields`,
				});
			continue;
		}
		const read = readText(path, shown(file));
		if ('problem' in read) {
			problems.push(read.problem);
			continue;
		}
		const result = parseDataFile(shown(file), read.text, schema);
		parsed[file] = result;
		problems.push(...result.problems);
	}
	const known = new Set([...Object.keys(dataFiles), ARTICLE_FILE]);
	for (const file of readdirSync(dir)) {
		if (/\.ya?ml$/.test(file) && !known.has(file))
			problems.push({
				file: shown(file),
				path: '',
				message: 'is not a data file the report format knows',
				hint: `rename it to one of ${Object.keys(dataFiles).join(', ')}, or move it out of the folder`,
			});
	}

	const report = parsed['report.yaml']?.data as ReportBundle['report'] | undefined;
	let text = '';
	if (report) {
		if (report.id !== basename(dir))
			problems.push({
				file: shown('report.yaml'),
				path: 'id',
				...parsed['report.yaml'].locate(['id']),
				message: `id "${report.id}" differs from the folder name "${basename(dir)}"`,
				hint: "rename the folder or the id so that they match; the id is the report's URL",
			});
		const textPath = join(dir, report.sourceText);
		const read = existsSync(textPath) ? readText(textPath, shown(report.sourceText)) : undefined;
		if (read && 'problem' in read) problems.push(read.problem);
		else if (read) text = read.text;
		else
			problems.push({
				file: shown('report.yaml'),
				path: 'sourceText',
				...parsed['report.yaml'].locate(['sourceText']),
				message: `the text file "${report.sourceText}" is not in the folder`,
				hint: "put the report's text, verbatim, in the folder under that name",
			});
	}
	const articlePath = join(dir, ARTICLE_FILE);
	const readArticle = existsSync(articlePath) ? readText(articlePath, shown(ARTICLE_FILE)) : { text: '' };
	const article = 'text' in readArticle ? readArticle.text : '';
	if ('problem' in readArticle) problems.push(readArticle.problem);
	else if (!article)
		problems.push({
			file: shown(ARTICLE_FILE),
			path: '',
			message: 'the article is missing or empty',
			hint: 'write the annotated article in article.mdx; docs/adding-a-report.md has an example',
		});

	if (problems.length > 0 || !report) return { problems };

	const list = <T>(file: string) => (parsed[file]?.data as T[] | undefined) ?? [];
	const bundle: ReportBundle = {
		report,
		sources: list('sources.yaml'),
		people: list('people.yaml'),
		units: list('units.yaml'),
		positions: list('positions.yaml'),
		lines: list('reporting-lines.yaml'),
		changes: list('changes.yaml'),
		events: list('events.yaml'),
		claims: list('claims.yaml'),
		text,
		article,
	};
	const at: At = (file, path, message, hint) => ({
		file: shown(file),
		path: formatPath(path),
		...(parsed[file]?.locate(path) ?? {}),
		message,
		hint,
	});
	const crossProblems = [...crossCheck(bundle, at, missing), ...shareProblems(bundle, at)];
	if (crossProblems.length === 0)
		crossProblems.push(...changeKindProblems(bundle, at), ...timelineProblems(bundle, at));
	// Which overview diagrams the data draws can be asked only of data whose references hold.
	const drawn = crossProblems.length === 0 ? overviewDiagrams(bundle).map((d) => d.kind) : undefined;
	problems.push(
		...crossProblems,
		...articleProblems(bundle, shown(ARTICLE_FILE), missing, drawn),
		...verbatimProblems(bundle, shown(ARTICLE_FILE)),
	);
	if (problems.length === 0) {
		checkClaims(bundle).forEach((checked, i) => {
			if (checked.status === 'contradicted')
				problems.push(
					at(
						'claims.yaml',
						[i, 'check'],
						`the data contradicts claim "${checked.claim.id}": ${checked.why}`,
						'fix the data if it is wrong; if the report is wrong, record the claim as not-checkable with the reason',
					),
				);
		});
	}
	return problems.length > 0 ? { problems } : { bundle, problems };
}

/** Lists the report folders (those holding a report.yaml) directly under `root`. */
export function listReportFolders(root: string): string[] {
	if (!existsSync(root)) return [];
	return readdirSync(root)
		.map((name) => join(root, name))
		.filter((dir) => statSync(dir).isDirectory() && existsSync(join(dir, 'report.yaml')))
		.sort();
}
