/**
 * The share cards of the pages that are not a report's: each person's and each unit's (who or what it is, and the
 * changes it takes part in, as moves), and the search page's. Like the other cards they are HTML drawn at build time
 * (cardHtml.ts); the words of their alternative text say the same things, for readers who cannot see the image.
 */
import { SITE_TITLE } from '../consts.ts';
import { publishChanges } from '../model/publish.ts';
import type { Person, ReportBundle, Unit } from '../model/schema.ts';
import { chineseNameOf } from '../model/wording.ts';
import { xmlEscape as esc } from '../diagrams/escape.ts';
import type { ChangeInReport } from '../model/appearances.ts';
import { frame, movesList, title, type Card } from './cardHtml.ts';

/** The card file of a person's or a unit's page, without the base path. */
const entityCardPath = (kind: 'people' | 'units', id: string) => `/og/${kind}/${id}.png`;

/** The card file of the search page, without the base path. */
const SEARCH_CARD_PATH = '/og/search.png';

/** The published form of each change, in the order given. */
function publishedOf(changes: readonly ChangeInReport[]) {
	return changes.map(
		({ bundle, change }) => publishChanges(bundle, new URL('http://localhost/'))[bundle.changes.indexOf(change)],
	);
}

/** The moves of some changes, which may come from several reports: each drawn with its own report's names. */
function moves(changes: readonly ChangeInReport[]): { html: string; words: string[]; rest: number } {
	if (changes.length === 0)
		return { html: '<p class="summary">No change in the data names it.</p>', words: [], rest: 0 };
	const published = publishedOf(changes);
	const lists = changes.slice(0, 3).map((c, i) => movesList(c.bundle, [published[i]], 1));
	const shown = lists.slice(0, changes.length > 3 ? 2 : 3);
	const rest = changes.length - shown.length;
	const rows = shown.map((l) => l.html.replace(/^<ul class="moves"[^>]*>|<\/ul>$/g, '')).join('');
	const more = rest > 0 ? `<li class="more">and ${rest} more change${rest > 1 ? 's' : ''}</li>` : '';
	return {
		html: `<ul class="moves" data-changes="${changes.length}">${rows}${more}</ul>`,
		words: shown.flatMap((l) => l.words),
		rest,
	};
}

const count = (n: number) => `${n} change${n === 1 ? '' : 's'}`;
const movesWords = (m: { words: string[]; rest: number }) =>
	m.words.length ? `: ${m.words.join('; ')}${m.rest > 0 ? `; and ${m.rest} more` : ''}` : '';

/** The card of a person's page: name, latest title, and the changes they take part in. */
export function personCard(person: Person, bundles: readonly ReportBundle[], changes: readonly ChangeInReport[]): Card {
	const role = person.roles.at(-1)?.title;
	const m = moves(changes);
	const nameZh = bundles[0] && chineseNameOf(bundles[0], person.id);
	const zh = nameZh ? ` (${nameZh})` : '';
	return {
		path: entityCardPath('people', person.id),
		body: frame(
			`${SITE_TITLE} · person${zh ? ` · ${nameZh}` : ''}`,
			title(person.name, 40) + (role ? `<p class="role">${esc(role)}</p>` : '') + m.html,
			`<span>${esc(count(changes.length))} in the annotated reports</span>`,
		),
		alt: `Share card of ${person.name}${zh}${role ? `, ${role}` : ''}: ${count(changes.length)} in the annotated reports${movesWords(m)}.`,
	};
}

/** The card of a unit's page: name, and the changes it takes part in. */
export function unitCard(unit: Unit, bundles: readonly ReportBundle[], changes: readonly ChangeInReport[]): Card {
	const m = moves(changes);
	const nameZh = bundles[0] && chineseNameOf(bundles[0], unit.id);
	const zh = nameZh ? ` (${nameZh})` : '';
	return {
		path: entityCardPath('units', unit.id),
		body: frame(
			`${SITE_TITLE} · unit${zh ? ` · ${nameZh}` : ''}`,
			title(unit.name, 40) + m.html,
			`<span>${esc(count(changes.length))} in the annotated reports</span>`,
		),
		alt: `Share card of the unit ${unit.name}${zh}: ${count(changes.length)} in the annotated reports${movesWords(m)}.`,
	};
}

/** The card of the search page. */
export function searchCard(bundles: readonly ReportBundle[]): Card {
	const changes = bundles.reduce((n, b) => n + b.changes.length, 0);
	return {
		path: SEARCH_CARD_PATH,
		body: frame(
			`${SITE_TITLE} · search`,
			`<h1>Search the annotated reports</h1><p class="summary">Their words, notes, changes, people and units: ${bundles.length} report${bundles.length === 1 ? '' : 's'}, ${count(changes)}.</p>`,
			`<span>${bundles.length} report${bundles.length === 1 ? '' : 's'} · ${count(changes)}</span>`,
		),
		alt: `Share card of the ${SITE_TITLE} search page: search the words, notes, changes, people and units of ${bundles.length} annotated report${bundles.length === 1 ? '' : 's'} (${count(changes)}).`,
	};
}
