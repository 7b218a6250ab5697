/**
 * Which card a page outside the reports shares, in one place: the pages pass their card to the layout, and the
 * build draws the same list (`siteCards`), so a page never names a card that was not drawn.
 */
import type { ReportBundle } from '../model/schema.ts';
import { peopleAcross, unitsAcross } from '../model/appearances.ts';
import { homeCard, type Card } from './cardHtml.ts';
import { personCard, searchCard, unitCard } from './entityCards.ts';

/** The cards of every person's and unit's page and of the search page. */
export function siteCards(bundles: readonly ReportBundle[]): Card[] {
	return [
		...peopleAcross(bundles).map((e) => personCard(e.person, e.bundles, e.changes)),
		...unitsAcross(bundles).map((e) => unitCard(e.unit, e.bundles, e.changes)),
		searchCard(bundles),
	];
}

/** The card of a page that passes none: the search page's for it, the home page's for the rest. */
export function defaultCard(pathname: string, base: string, bundles: readonly ReportBundle[]): Card {
	return pathname === `${base}search/` ? searchCard(bundles) : homeCard(bundles);
}
