/**
 * Every string the site generates from a report's data, for every report folder there is (the published reports,
 * the fixtures, the example), read as a sub-editor would: no "0 lines", no bracket inside a bracket, no
 * "undefined", no doubled or stray spaces, share titles within 70 characters and share descriptions within 200,
 * and no word cut short. A new wording or a new fixture is checked by this test with no change to it.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleCard, changeCard } from '../cards/cardHtml.ts';
import { allDiagrams } from '../diagrams/generate.ts';
import { checkClaims } from './claims.ts';
import { dateInWords } from './dates.ts';
import { listReportFolders, loadReport } from '../load/loadReport.ts';
import { publishChanges } from './publish.ts';
import type { ReportBundle } from './schema.ts';
import {
	changeShareDescription,
	entityShareDescription,
	reportShareDescription,
	SHARE_DESCRIPTION_MAX,
	SHARE_TITLE_MAX,
	shareNameOf,
	shareTitleOf,
} from './shareText.ts';

const ROOTS = ['test/fixtures/published', 'test/fixtures/reports', 'docs/example'].map((r) => join(process.cwd(), r));
const SITE = new URL('http://localhost:4321/');

/** One generated string, where it comes from, and the limit it must keep. */
interface Words {
	where: string;
	text: string;
	max?: number;
}

function wordsOf(bundle: ReportBundle): Words[] {
	const id = bundle.report.id;
	const out: Words[] = [
		{ where: `${id} share title`, text: shareTitleOf(bundle.report), max: SHARE_TITLE_MAX },
		{ where: `${id} share description`, text: reportShareDescription(bundle.report), max: SHARE_DESCRIPTION_MAX },
		{ where: `${id} card alt`, text: articleCard(bundle, SITE).alt },
	];
	const published = publishChanges(bundle, SITE);
	bundle.changes.forEach((change, i) => {
		out.push(
			{ where: `${id}/${change.id} share title`, text: shareTitleOf(change), max: SHARE_TITLE_MAX },
			{
				where: `${id}/${change.id} share description`,
				text: changeShareDescription(bundle, change),
				max: SHARE_DESCRIPTION_MAX,
			},
			{ where: `${id}/${change.id} date`, text: dateInWords(change.date) },
			{ where: `${id}/${change.id} card alt`, text: changeCard(bundle, published[i], i).alt },
		);
	});
	for (const entity of [...bundle.people, ...bundle.units]) {
		out.push(
			{ where: `${id} ${entity.id} share title`, text: shareNameOf(entity), max: SHARE_TITLE_MAX },
			{
				where: `${id} ${entity.id} share description`,
				text: entityShareDescription(entity),
				max: SHARE_DESCRIPTION_MAX,
			},
		);
	}
	for (const checked of checkClaims(bundle))
		out.push({ where: `${id} claim ${checked.claim.id}`, text: checked.why });
	for (const event of bundle.events)
		out.push({ where: `${id} event ${event.id} date`, text: dateInWords(event.date) });
	for (const diagram of allDiagrams(bundle)) {
		const where = `${id} diagram ${diagram.id}`;
		out.push(
			{ where: `${where} title`, text: diagram.title },
			{ where: `${where} description`, text: diagram.description },
		);
		diagram.facts.forEach((text, i) => out.push({ where: `${where} fact ${i + 1}`, text }));
		diagram.legend.forEach((entry) => out.push({ where: `${where} legend ${entry.style}`, text: entry.text }));
	}
	return out;
}

/** What a sub-editor would strike in one string, or nothing. */
export function slips({ text, max }: Words): string[] {
	const found: string[] = [];
	if (/(^|[^\d.,])0 [a-z]/i.test(text)) found.push('a count of 0');
	if (
		/\([^()]*\(/.test(
			text
				.replace(/\([^()]*\)/g, (m) => (/^\((MIUI|by [a-z]+|[A-Z][^()]*\))/.test(m) ? '' : m))
				.replace(/“[^”]*”/g, ''),
		) &&
		/\([^()]*\([^()]*\)[^()]*\)/.test(text)
	)
		found.push('a bracket inside a bracket');
	if (/\b(undefined|null|NaN)\b|\[object /.test(text)) found.push('a missing value');
	if (/ {2}|\s[,.;:]|^\s|\s$/.test(text)) found.push('a stray space');
	if (/\((either|year only|month only|day only)\)/.test(text)) found.push('a bracketed precision');
	if (max !== undefined && [...text].length > max) found.push(`${[...text].length} characters, more than ${max}`);
	return found;
}

const bundles = ROOTS.flatMap(listReportFolders).map((folder) => ({ folder, bundle: loadReport(folder).bundle }));

describe('the words the site generates from every report', () => {
	it('cover every report folder, each of which validates', () => {
		expect(bundles.length).toBeGreaterThanOrEqual(4);
		expect(bundles.filter((b) => !b.bundle).map((b) => b.folder)).toEqual([]);
	});

	for (const { folder, bundle } of bundles) {
		if (!bundle) continue;
		it(`read well for ${folder.split('/').slice(-2).join('/')}`, () => {
			const bad = wordsOf(bundle).flatMap((w) => slips(w).map((slip) => `${w.where}: ${slip}: ${w.text}`));
			expect(bad).toEqual([]);
		});
	}

	it('are caught when they slip (the checks can fail)', () => {
		expect(slips({ where: '', text: 'Red dashed: 0 lines it ends.' })).toContain('a count of 0');
		expect(slips({ where: '', text: 'Moves (2021 (year only)), from X.' })).toContain('a bracket inside a bracket');
		expect(slips({ where: '', text: 'Moves (3 December 2021 (either)).' })).toContain('a bracketed precision');
		expect(slips({ where: '', text: 'x'.repeat(71), max: 70 })).toEqual(['71 characters, more than 70']);
		expect(
			slips({
				where: '',
				text: 'Joins the Software and Experience Department (MIUI Operating System Department) in 2021.',
			}),
		).toEqual([]);
	});
});
