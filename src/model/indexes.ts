/**
 * The id indexes of a report bundle: one Map per kind of thing, built once per bundle and kept beside it, so that
 * every lookup by id (names in diagrams, claims, pages) is a Map read instead of a scan of the list. Bundles are
 * never changed after validation, so an index never goes stale; a new bundle (a dev-server edit) gets a new one.
 */
import type { Change, Event, Person, Position, ReportBundle, ReportingLine, Section, Source, Unit } from './schema.ts';

/** Every id-bearing list of a bundle as a Map from id to entry. */
export interface BundleIndex {
	sources: ReadonlyMap<string, Source>;
	people: ReadonlyMap<string, Person>;
	units: ReadonlyMap<string, Unit>;
	positions: ReadonlyMap<string, Position>;
	lines: ReadonlyMap<string, ReportingLine>;
	changes: ReadonlyMap<string, Change>;
	events: ReadonlyMap<string, Event>;
	sections: ReadonlyMap<string, Section>;
}

const indexes = new WeakMap<ReportBundle, BundleIndex>();

const byId = <T extends { id: string }>(list: readonly T[]): Map<string, T> => {
	// The first entry wins, as `find` did; validation refuses duplicate ids anyway.
	const map = new Map<string, T>();
	for (const item of list) if (!map.has(item.id)) map.set(item.id, item);
	return map;
};

/** The indexes of a bundle, built on first use and reused for as long as the bundle lives. */
export function indexOf(bundle: ReportBundle): BundleIndex {
	let index = indexes.get(bundle);
	if (!index) {
		index = {
			sources: byId(bundle.sources),
			people: byId(bundle.people),
			units: byId(bundle.units),
			positions: byId(bundle.positions),
			lines: byId(bundle.lines),
			changes: byId(bundle.changes),
			events: byId(bundle.events),
			sections: byId(bundle.report.sections),
		};
		indexes.set(bundle, index);
	}
	return index;
}
