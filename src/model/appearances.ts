/**
 * People and units across every report: a person or unit id names the same one in every report folder (a later
 * report shares an id on purpose with `sameAs`, checked in model/entities.ts), so their pages gather each change they
 * take part in, wherever it was reported. The earliest report that names them is the one whose data the page shows.
 */
import { byPublication } from './entities.ts';
import { indexOf } from './indexes.ts';
import type { Change, Person, ReportBundle, Unit } from './schema.ts';

const earliestFirst = (bundles: readonly ReportBundle[]) =>
	byPublication(bundles.map((bundle) => ({ bundle }))).map((x) => x.bundle);

/**
 * For each id, the reports that name it, earliest first: one pass over the reports sorted once, not one sort of every
 * report for each id (that was ids × reports × log(reports), and the ids grow with the reports too).
 */
function namedBy(
	bundles: readonly ReportBundle[],
	idsOf: (bundle: ReportBundle) => Iterable<string>,
): Map<string, ReportBundle[]> {
	const named = new Map<string, ReportBundle[]>();
	for (const bundle of earliestFirst(bundles)) {
		for (const id of idsOf(bundle)) {
			const list = named.get(id);
			if (list) list.push(bundle);
			else named.set(id, [bundle]);
		}
	}
	return named;
}

/** A change together with the report it comes from. */
export interface ChangeInReport {
	bundle: ReportBundle;
	change: Change;
}

/** Every person with the reports that name them and the changes they take part in. */
export function peopleAcross(
	bundles: readonly ReportBundle[],
): { person: Person; bundles: ReportBundle[]; changes: ChangeInReport[] }[] {
	const ids = [...new Set(bundles.flatMap((b) => b.people.map((p) => p.id)))].sort();
	const namedById = namedBy(bundles, (b) => indexOf(b).people.keys());
	return ids.map((id) => {
		// The first report to name them owns the id (see model/entities.ts): its data is the one shown.
		const named = namedById.get(id) as ReportBundle[];
		return {
			person: indexOf(named[0]).people.get(id) as Person,
			bundles: named,
			changes: named.flatMap((bundle) =>
				bundle.changes
					.filter((c) => c.people.includes(id) || c.handoverFrom === id)
					.map((change) => ({ bundle, change })),
			),
		};
	});
}

/** Every unit with the reports that name it and the changes it takes part in. */
export function unitsAcross(
	bundles: readonly ReportBundle[],
): { unit: Unit; bundles: ReportBundle[]; changes: ChangeInReport[] }[] {
	const ids = [...new Set(bundles.flatMap((b) => b.units.map((u) => u.id)))].sort();
	const namedById = namedBy(bundles, (b) => indexOf(b).units.keys());
	return ids.map((id) => {
		const named = namedById.get(id) as ReportBundle[];
		const touches = (bundle: ReportBundle, c: Change) =>
			c.units.includes(id) ||
			[...c.starts, ...c.ends].some((lineId) => {
				const l = indexOf(bundle).lines.get(lineId);
				return l !== undefined && (l.from === id || l.to === id);
			});
		return {
			unit: indexOf(named[0]).units.get(id) as Unit,
			bundles: named,
			changes: named.flatMap((bundle) =>
				bundle.changes.filter((c) => touches(bundle, c)).map((change) => ({ bundle, change })),
			),
		};
	});
}
