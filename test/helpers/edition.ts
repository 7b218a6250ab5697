/**
 * What the published edition of a report holds, counted from its folder under content/reports: the built-site and
 * browser tests that count what a reader sees (notes, changes, sections, [sic] marks, claims) compare with these
 * numbers, so a correction to a report (a note added, a change split) is made in the report's folder alone.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadReport } from '../../src/load/loadReport.ts';
import { isElement, parseArticle, walk } from '../../src/model/articleTree.ts';
import { formatProblems } from '../../src/model/problems.ts';

/** A published report's parts, as its data and its article define them. */
export interface Edition {
	/** The report's id, which is its folder's name and its URL segment. */
	id: string;
	/** The ids of its sections, in order. */
	sections: string[];
	/** The ids of its changes, in the order of changes.yaml. */
	changes: string[];
	/** How many annotations (`<Note>`) its article holds. */
	notes: number;
	/** How many typos or mistranslations its article marks (`<Sic>`). */
	sics: number;
	/** How many claims its ledger checks. */
	claims: number;
}

/** The edition of the published report `id`; throws with the folder's problems when it does not validate. */
export function edition(id: string): Edition {
	const folder = join(process.cwd(), 'content', 'reports', id);
	const { bundle, problems } = loadReport(folder);
	if (!bundle) throw new Error(formatProblems(folder, problems));
	const parsed = parseArticle(readFileSync(join(folder, 'article.mdx'), 'utf8'));
	if (!('tree' in parsed)) throw new Error(`${folder}/article.mdx: ${parsed.error}`);
	const count: Record<string, number> = {};
	walk(parsed.tree, (node) => {
		if (isElement(node) && node.name) count[node.name] = (count[node.name] ?? 0) + 1;
	});
	return {
		id,
		sections: bundle.report.sections.map((s) => s.id),
		changes: bundle.changes.map((c) => c.id),
		notes: count.Note ?? 0,
		sics: count.Sic ?? 0,
		claims: bundle.claims.length,
	};
}
