/**
 * The content checks of the published reports: what a correction to a report under content/reports must keep
 * true, checked on the folders as they stand. The code's tests read frozen fixtures (test/fixtures/), so a
 * sub-editor who corrects a report changes that report's folder and nothing else: its text, its claims and their
 * expected readings (claims.yaml), its permalinks. These checks then say whether the corrected edition still holds.
 *
 * For every published report: it validates with no problem (schemas, ids, every quote and every paragraph of the
 * article word for word in its source text); its source text is the original it was copied from, where that lies
 * outside the project; no claim is contradicted by the report's data (one check per claim, named by it); and every
 * change URL the site has published still leads to a change.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSiteReports } from '../../src/load/reportSet.ts';
import { checkClaims } from '../../src/model/claims.ts';
import { comparePermalinks, readManifest } from '../../src/model/permalinks.ts';
import { formatProblem } from '../../src/model/problems.ts';

/** The published site's reports, loaded as the build loads them (content/reports, the permalink manifest). */
const site = loadSiteReports({
	contentRoots: [join(process.cwd(), 'content', 'reports')],
	fixtures: false,
	customContent: false,
});

/**
 * Where a report's source text was copied from, when the original is kept beside the checkout rather than in it:
 * the copy in the report's folder must not drift from it.
 */
const ORIGINALS: Readonly<Record<string, string>> = {
	'xiaomi-2021-12': join(process.cwd(), '..', 'shared', 'source', 'latepost-xiaomi-reorg.txt'),
};

describe('the published reports', () => {
	it('are there', () => {
		expect(site.folders.length, 'content/reports holds no report folder').toBeGreaterThan(0);
	});

	it('record every change URL they publish in the permalink manifest, and lose none', () => {
		const { added, lost } = comparePermalinks(
			readManifest(join(process.cwd(), 'content', 'permalinks.json')),
			site.bundles,
		);
		expect(added, 'new change URLs: run `npm run permalinks` to record them').toEqual([]);
		expect(lost, 'published change URLs that lead nowhere: list the old id under formerIds').toEqual([]);
		expect(site.problems.map(formatProblem)).toEqual([]);
	});
});

for (const { folder, bundle, problems } of site.folders) {
	const id = folder.split(/[\\/]/).pop()!;
	describe(`the published report ${id}`, () => {
		it('validates with no problem: schemas, ids, and its article and quotes word for word in its source', () => {
			expect(problems.map(formatProblem)).toEqual([]);
		});

		const original = ORIGINALS[id];
		if (original) {
			it('keeps its source text identical to the original it was copied from', () => {
				if (!existsSync(original)) {
					expect.fail(
						`${original} is missing: the report's source text is checked against the original beside the checkout; put it there, as CI does`,
					);
				}
				expect(readFileSync(join(folder, 'source.txt'), 'utf8')).toBe(readFileSync(original, 'utf8'));
			});
		}

		// A claim the data cannot settle (an undated change, a judgement) is "not checkable" and says so on the page;
		// one the data contradicts must not be published.
		for (const { claim, status, why } of bundle ? checkClaims(bundle) : []) {
			it(`claim "${claim.id}" is not contradicted by the data (${status})`, () => {
				expect({ status, why }).not.toMatchObject({ status: 'contradicted' });
			});
		}
	});
}
