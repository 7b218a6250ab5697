/** How the parties of a report are named and drawn in diagrams and their text equivalents. */
import { indexOf } from '../model/indexes.ts';
import type { ReportBundle } from '../model/schema.ts';
import { chineseNameOf } from '../model/wording.ts';
import type { Shape } from './flowchart.ts';

/** A person, unit or position as drawn. */
export interface Party {
	id: string;
	/** The short name drawn in the diagram. */
	short: string;
	/** The full name used in the text equivalent. */
	full: string;
	shape: Shape;
	classes: string[];
	/**
	 * The name in Chinese, drawn as a second line so readers can match Chinese sources: a person's always, a unit's
	 * only where a source gives it (an unsourced rendering is not printed as fact).
	 */
	zh?: string;
}

/** Resolves an id of a person, unit or position to how it is drawn; unknown ids fail loudly. */
export function partyOf(bundle: ReportBundle, id: string): Party {
	const index = indexOf(bundle);
	const person = index.people.get(id);
	if (person)
		return {
			id,
			short: person.name,
			full: person.name,
			shape: 'round',
			classes: ['person'],
			zh: chineseNameOf(bundle, id),
		};
	const unit = index.units.get(id);
	if (unit)
		return {
			id,
			short: unit.shortName ?? unit.name,
			full: unit.name,
			shape: 'box',
			classes: unit.created ? ['created'] : [],
			zh: chineseNameOf(bundle, id),
		};
	const position = index.positions.get(id);
	if (position) {
		const name = position.shortTitle ?? position.title;
		const unnamed = position.holder ? '' : ' (unnamed)';
		const short = position.count > 1 ? `${position.count} × ${name}${unnamed}` : `${name}${unnamed}`;
		const full =
			position.count > 1 ? `${position.count} seats: ${position.title}${unnamed}` : `${position.title}${unnamed}`;
		return { id, short, full, shape: 'stadium', classes: ['group'] };
	}
	throw new Error(`${bundle.report.id}: no person, unit or position "${id}" to draw.`);
}
