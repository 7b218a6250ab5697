import { describe, expect, it } from 'vitest';
import { dateInWords } from './dates.ts';
import { loadReport } from '../load/loadReport.ts';
import {
	changeShareDescription,
	SHARE_LIMITS,
	shareNameOf,
	shareTitleOf,
	withinLimit,
	wordsWithin,
} from './shareText.ts';
import { FIXTURE } from '../../test/helpers/reportFolders.ts';
import { counted, diffWords, directReportWords, orgWords } from './wording.ts';

const bundle = loadReport(FIXTURE).bundle!;

describe('share previews', () => {
	it('use the short form of a title only when the title is over 70 characters', () => {
		expect(shareTitleOf({ title: 'Short', shortTitle: 'Other' })).toBe('Short');
		expect(shareTitleOf({ title: 'x '.repeat(40).trim(), shortTitle: 'Other' })).toBe('Other');
	});

	it('describe a change with its report when that fits, and drop the report title when it does not', () => {
		const [labs, sales] = bundle.changes;
		expect(changeShareDescription(bundle, labs)).toBe(
			`Labs "]--> merges into Devices %% click (15 January 2030), from The Fixture Gazette’s report “Northwind Gadgets Folds Its "Labs" Into Devices, Creates One Sales Group”.`,
		);
		const long = changeShareDescription(bundle, sales);
		expect([...long].length).toBeLessThanOrEqual(200);
		expect(long).toBe(`${sales.title} (about January 2030), as The Fixture Gazette reported.`);
	});

	it('cut a unit name that has no short form only between words', () => {
		const unit = bundle.units.find((u) => u.id === 'regional-sales')!;
		expect(shareNameOf(unit)).toBe('Regional sales teams with a very long name that goes on and on well…');
		expect(wordsWithin('Short name', 70)).toBe('Short name');
	});
});

describe('words a sub-editor would pass', () => {
	it('say a date by its form, sharing month and year between readings', () => {
		expect(dateInWords({ oneOf: ['2021-12-03', '2021-12-10'], note: 'n' })).toBe('3 or 10 December 2021');
		expect(dateInWords({ oneOf: ['2021-11-30', '2021-12-03'], note: 'n' })).toBe('30 November or 3 December 2021');
		expect(dateInWords({ oneOf: ['2020', '2021', '2022'], note: 'n' })).toBe('2020, 2021 or 2022');
		expect(dateInWords({ value: '2021', approximate: false })).toBe('2021');
		expect(dateInWords({ value: '2030-01', approximate: true })).toBe('about January 2030');
	});

	it('count in words up to nine and never say "0 lines"', () => {
		expect([counted(0, 'line'), counted(1, 'line'), counted(9, 'line'), counted(12, 'line')]).toEqual([
			'no lines',
			'one line',
			'nine lines',
			'12 lines',
		]);
		expect(diffWords(0, 1)).toBe('Green thick: the line it starts.');
		expect(diffWords(3, 0)).toBe('Red dashed: the three lines it ends.');
		expect(diffWords(0, 0)).toBe('The data records no reporting line that it ends or starts.');
		expect(orgWords('before', 2, 0, 0)).toBe(
			'Top-down: each person or unit above the units they run or contain, two lines before the changes.',
		);
		expect(directReportWords(1, 'Ada Quill', 0)).toBe('One seat reports directly to Ada Quill after the changes.');
		expect(directReportWords(7, 'Lei Jun', 1)).toBe(
			'Seven seats report directly to Lei Jun after the changes; one business no longer does.',
		);
	});
});

describe('the last guarantee of share titles and descriptions', () => {
	it('keep text that fits, and shorten the rest at a word boundary within the limit', () => {
		expect(withinLimit('Lu Weibing', SHARE_LIMITS.title)).toBe('Lu Weibing');
		const headline = 'Xiaomi Founder Lei Jun’s Burden Reduces, International Business Department Reshuffles';
		const short = withinLimit(headline, SHARE_LIMITS.title);
		expect([...short].length).toBeLessThanOrEqual(70);
		expect(short).toBe('Xiaomi Founder Lei Jun’s Burden Reduces, International Business…');
		expect(headline.startsWith(short.slice(0, -1))).toBe(true);
	});

	it('cut a single unbroken word only when no word boundary is near', () => {
		expect(withinLimit('x'.repeat(80), 10)).toBe('xxxxxxxxx…');
	});
});
