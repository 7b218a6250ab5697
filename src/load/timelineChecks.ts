/**
 * The check behind the timeline's words: an event or change whose entry would not fit whole beside its date on the
 * wide timeline needs a short title the author writes (the timeline never cuts an entry, and never makes words up),
 * or a shorter one. The text below the timeline keeps every title whole.
 */
import { timelineMisfits } from '../diagrams/timeline.ts';
import type { At } from '../model/problems.ts';
import type { Problem } from '../model/problems.ts';
import type { ReportBundle } from '../model/schema.ts';

/** A problem for each timeline entry that fits neither with its title nor with its short title. */
export function timelineProblems(bundle: ReportBundle, at: At): Problem[] {
	return timelineMisfits(bundle).map((misfit) => {
		const what = misfit.file === 'events.yaml' ? 'event' : 'change';
		const field = misfit.hasShort ? 'shortTitle' : 'title';
		return at(
			misfit.file,
			[misfit.index, field],
			`the timeline entry of ${what} "${misfit.id}" ("${misfit.entry}") is too long to fit whole beside its date on the timeline`,
			misfit.hasShort
				? `shorten its "shortTitle:" to about ${misfit.room} characters`
				: `add "shortTitle:" to the ${what}, its title in about ${misfit.room} characters in our words, for the timeline (the text below it keeps the title)`,
		);
	});
}
