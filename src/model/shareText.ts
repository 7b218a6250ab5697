/**
 * The words of share previews (`og:` and `twitter:` titles and descriptions), within what X shows in full: 70
 * characters of title, 200 of description. They are written from the data, never cut: a headline, title or
 * summary that is too long has a short form the author writes (`shortTitle`, `shortSummary`), which the checks
 * require (shareChecks.ts), and a description that does not fit in full falls back to a shorter sentence built
 * from the same data. Only a unit's name, which diagrams show whole, may end its preview title at a word's end
 * and "…" when it has no short name that fits. `withinLimit` is the page's last guarantee for words that cannot be
 * rewritten (a publisher's headline, a name as a report gives it): shortened at a word boundary, with an ellipsis.
 */
import { whenWords } from './changeWords.ts';
import type { Change, Person, Report, ReportBundle, Unit } from './schema.ts';
import { SITE_TITLE } from '../consts.ts';

/** The longest title a share preview shows in full. */
export const SHARE_TITLE_MAX = 70;
/** The longest description a share preview shows in full. */
export const SHARE_DESCRIPTION_MAX = 200;
/** X's limits, in characters (code points), as the page's share tags apply them. */
export const SHARE_LIMITS = { title: SHARE_TITLE_MAX, description: SHARE_DESCRIPTION_MAX } as const;

const fits = (text: string, max: number) => [...text].length <= max;

/** The first of the candidates that fits within `max` characters; the last is the shortest and must fit. */
function firstFitting(candidates: readonly string[], max: number): string {
	return candidates.find((c) => fits(c, max)) ?? candidates[candidates.length - 1];
}

/** A title within 70 characters: itself, or the short form the author wrote. */
export function shareTitleOf(item: { title: string; shortTitle?: string }): string {
	return fits(item.title, SHARE_TITLE_MAX) || !item.shortTitle ? item.title : item.shortTitle;
}

/** A unit's or person's name within 70 characters: itself, a unit's short name, or its words up to a word's end and "…". */
export function shareNameOf(entity: Unit | Person): string {
	const short = 'shortName' in entity ? entity.shortName : undefined;
	if (fits(entity.name, SHARE_TITLE_MAX)) return entity.name;
	if (short && fits(short, SHARE_TITLE_MAX)) return short;
	return wordsWithin(entity.name, SHARE_TITLE_MAX);
}

/** `text` when it fits within `max` characters, else the words of it that fit with a closing "…", cut only between words. */
export function wordsWithin(text: string, max: number): string {
	if (fits(text, max)) return text;
	const words = text.split(/\s+/);
	let out = '';
	for (const word of words) {
		const next = out ? `${out} ${word}` : word;
		if ([...next].length + 1 > max) break;
		out = next;
	}
	return `${(out || [...words[0]].slice(0, max - 1).join('')).replace(/[,;:]$/, '')}…`;
}

/** The share description of a report's article: its summary, or the short form of it. */
export function reportShareDescription(report: Report): string {
	return fits(report.summary, SHARE_DESCRIPTION_MAX) || !report.shortSummary ? report.summary : report.shortSummary;
}

/** The share description of a change: what changed, when, and from which report, as much of it as fits. */
export function changeShareDescription(bundle: ReportBundle, change: Change): string {
	const { report } = bundle;
	const when = whenWords(change);
	const title = change.title.replace(/[.!?]$/, '');
	return firstFitting(
		[
			`${title} (${when}), from ${report.publisher}’s report “${report.title}”.`,
			`${title} (${when}), from ${report.publisher}’s report “${shareTitleOf(report)}”.`,
			`${title} (${when}), as ${report.publisher} reported.`,
			`${shareTitleOf(change).replace(/[.!?]$/, '')} (${when}).`,
			`${shareTitleOf(change).replace(/[.!?]$/, '')}.`,
		],
		SHARE_DESCRIPTION_MAX,
	);
}

/** The share description of a person's or unit's page. */
export function entityShareDescription(entity: Unit | Person): string {
	const name = shareNameOf(entity);
	return 'roles' in entity
		? `${name} in ${SITE_TITLE}: titles over time and every reorganization change they take part in.`
		: `${name} in ${SITE_TITLE}: every reorganization change it takes part in.`;
}

/**
 * `text` within `max` characters: whole, or cut after the last whole word that fits, with "…"; a single unbroken
 * word is cut only when no word boundary lies in the second half.
 */
export function withinLimit(text: string, max: number): string {
	const chars = [...text];
	if (chars.length <= max) return text;
	const head = chars.slice(0, max - 1).join('');
	const atWord = head.replace(/\s+\S*$/, '');
	const cut = atWord.length >= max / 2 ? atWord : head;
	return `${cut.replace(/[\s,;:.–—-]+$/, '')}…`;
}
