/**
 * Share cards: the 1200×630 images that chat and social apps show for a link. Each is plain HTML in the site's
 * fonts, screenshotted at build time; this module only writes the HTML and the alternative text, so it is tested
 * as text. A change's card pictures the change (see cardPicture.ts); the article's card pictures its changes as a
 * list of moves. Every word of the main message (the title, and what moved, from where, to where) is at least 44 px,
 * so that a 300 px thumbnail still shows it at 11 px, and the title is set in the middle 600 px, so that a square
 * preview cropped from the centre keeps it whole.
 */
import { SITE_TITLE } from '../consts.ts';
import { SHARE_TITLE_MAX, wordsWithin } from '../model/shareText.ts';
import { changeSentence } from '../model/changeWords.ts';
import { dateInWords, formatDate } from '../model/dates.ts';
import { publishChanges, type PublishedChange } from '../model/publish.ts';
import type { ReportBundle } from '../model/schema.ts';
import { xmlEscape as esc } from '../diagrams/escape.ts';
import { cardPath } from '../urls.ts';
import { arrow, changePicture, pictureHtml, pictureText } from './cardPicture.ts';
import { CARD_CSS } from './cardCss.ts';

export { CARD_CSS };

/** One card: where it is published, the HTML body that draws it and what it shows, in words. */
export interface Card {
	path: string;
	body: string;
	/** The alternative text of the image (og:image:alt). */
	alt: string;
}

const clip = (text: string, max: number) =>
	[...text].length > max ? `${[...text].slice(0, max - 1).join('')}…` : text;

/** A card's frame: kicker, content, foot. */
export function frame(kicker: string, inner: string, foot: string): string {
	return `<div class="card"><p class="kicker">${esc(kicker)}</p>${inner}<div class="foot">${foot}</div></div>`;
}

/** The title, in the larger size when it is short, else in the smaller one, at most three lines in the middle. */
export const title = (text: string, longAt: number) =>
	`<h1${text.length > longAt ? ' class="long"' : ''}>${esc(clip(text, 110))}</h1>`;

/** The publication date in words; a date that is our inference says so, on the card as on the page. */
const published = (bundle: ReportBundle) =>
	`${bundle.report.published.note ? 'probably ' : ''}${formatDate(bundle.report.published)}`;

/** Up to `max` changes as rows of "what → where", the rest counted; with the same moves in words, for the alt text. */
export function movesList(
	bundle: ReportBundle,
	changes: readonly Pick<PublishedChange, 'before' | 'after'>[],
	max = 3,
): { html: string; words: string[]; rest: number } {
	const moves = changes.map((c) => changePicture(bundle, c));
	const shown = moves.slice(0, moves.length > max ? max - 1 : max);
	const row = (picture: (typeof moves)[number]) => {
		const what =
			picture.subjects.length > 1
				? `${picture.subjects[0].name} +${picture.subjects.length - 1}`
				: (picture.subjects[0]?.name ?? '');
		const where = picture.after[0]?.name ?? 'a new line';
		return `<li><span class="box subject">${esc(what)}</span>${arrow('started')}<span class="box new">${esc(where)}</span></li>`;
	};
	const rest = moves.length - shown.length;
	const words = shown.map(
		(picture) => `${picture.subjects.map((s) => s.name).join(', ')} to ${picture.after[0]?.name ?? 'a new line'}`,
	);
	const more = rest > 0 ? `<li class="more">and ${rest} more change${rest > 1 ? 's' : ''}</li>` : '';
	return {
		html: `<ul class="moves" data-changes="${moves.length}">${shown.map(row).join('')}${more}</ul>`,
		words,
		rest,
	};
}

/** Above this many characters the article card sets its title in the long style. */
const ARTICLE_TITLE_LONG_AT = 40;

/** The card of a report's article: its title and, as the picture, where each change moves what. */
export function articleCard(bundle: ReportBundle, site: URL): Card {
	const { report } = bundle;
	const changes = publishChanges(bundle, site);
	// A long title takes two more lines, and names of moves may take two lines each: three rows (two moves and the
	// count) are what fits under it, so the alternative text names no move the picture leaves out.
	const {
		html,
		words: moveWords,
		rest,
	} = movesList(bundle, changes, report.title.length > ARTICLE_TITLE_LONG_AT ? 3 : 4);
	return {
		path: cardPath(report.id),
		body: frame(
			`${SITE_TITLE} · ${report.publisher} · ${published(bundle)}`,
			title(report.title, ARTICLE_TITLE_LONG_AT) + html,
			`<span>Annotated edition · ${changes.length} changes</span><span>Text, notes, diagrams</span>`,
		),
		alt: `Share card of the annotated edition of “${report.title}” (${report.publisher}, ${published(bundle)}): ${changes.length} changes, pictured as moves: ${moveWords.join('; ')}${rest > 0 ? `; and ${rest} more` : ''}.`,
	};
}

/** The card of one change: its title and the picture of what moved, from where, to where. */
export function changeCard(bundle: ReportBundle, change: PublishedChange, index: number): Card {
	const { report } = bundle;
	const picture = changePicture(bundle, change);
	return {
		path: cardPath(report.id, change.id),
		body: frame(
			`${SITE_TITLE} · ${report.publisher} · change ${index + 1} of ${bundle.changes.length}`,
			title(change.title, 40) + pictureHtml(picture, change.kind),
			`<span>${esc(wordsWithin(report.title, SHARE_TITLE_MAX))}</span><span>${esc(dateInWords(bundle.changes[index].date))}</span>`,
		),
		// A change that moves no line (a unit that stays, a rename) is said in its own words.
		alt: `Share card: “${change.title}”. ${picture.subjects.length > 0 ? pictureText(picture) : changeSentence(bundle, bundle.changes[index])}`,
	};
}

/** The cards of one report: one for the article and one for each change. */
export function reportCards(bundle: ReportBundle, site: URL): Card[] {
	return [articleCard(bundle, site), ...publishChanges(bundle, site).map((c, i) => changeCard(bundle, c, i))];
}

/** The card of the home page. */
export function homeCard(bundles: readonly ReportBundle[]): Card {
	return {
		path: cardPath(),
		body: frame(
			SITE_TITLE,
			`<h1>Reorganizations, annotated</h1><p class="summary">News reports on corporate reorganizations, word for word, with sourced notes, diagrams drawn from the data, and a link for every change.</p>`,
			`<span>${bundles.length} report${bundles.length === 1 ? '' : 's'} · ${bundles.reduce((n, b) => n + b.changes.length, 0)} changes</span>`,
		),
		alt: `Share card of ${SITE_TITLE}, reorganizations annotated: ${bundles.length} report${bundles.length === 1 ? '' : 's'} on corporate reorganizations, word for word, with sourced notes, diagrams and a link for every change.`,
	};
}
