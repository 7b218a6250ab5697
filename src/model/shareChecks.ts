/**
 * The checks behind share previews: a headline, change title, summary or name that a preview could not show in full
 * needs the short form the author writes, so that no preview is cut mid-word (shareText.ts uses them).
 */
import type { At, Problem } from './problems.ts';
import type { ReportBundle } from './schema.ts';
import { SHARE_DESCRIPTION_MAX, SHARE_TITLE_MAX } from './shareText.ts';

const length = (text: string) => [...text].length;

/** A problem for each text too long for a share preview that has no short form. */
export function shareProblems(bundle: ReportBundle, at: At): Problem[] {
	const problems: Problem[] = [];
	const { report } = bundle;
	if (length(report.title) > SHARE_TITLE_MAX && !report.shortTitle) {
		problems.push(
			at(
				'report.yaml',
				['title'],
				`the headline is ${length(report.title)} characters, more than the ${SHARE_TITLE_MAX} a share preview shows`,
				`add "shortTitle:", the headline in ${SHARE_TITLE_MAX} characters or fewer in our words, for share previews (the page keeps the headline)`,
			),
		);
	}
	if (length(report.summary) > SHARE_DESCRIPTION_MAX && !report.shortSummary) {
		problems.push(
			at(
				'report.yaml',
				['summary'],
				`the summary is ${length(report.summary)} characters, more than the ${SHARE_DESCRIPTION_MAX} a share preview shows`,
				`shorten it, or add "shortSummary:", the summary in ${SHARE_DESCRIPTION_MAX} characters or fewer, for share previews`,
			),
		);
	}
	bundle.changes.forEach((change, i) => {
		if (length(change.title) > SHARE_TITLE_MAX && !change.shortTitle) {
			problems.push(
				at(
					'changes.yaml',
					[i, 'title'],
					`the title of change "${change.id}" is ${length(change.title)} characters, more than the ${SHARE_TITLE_MAX} a share preview shows`,
					`shorten it, or add "shortTitle:" to the change, in ${SHARE_TITLE_MAX} characters or fewer`,
				),
			);
		}
	});
	// A unit's long name is not refused: its short name, or its words up to a word's end, title its page's preview.
	bundle.people.forEach((person, i) => {
		if (length(person.name) > SHARE_TITLE_MAX)
			problems.push(
				at(
					'people.yaml',
					[i, 'name'],
					`the name of "${person.id}" is ${length(person.name)} characters, more than the ${SHARE_TITLE_MAX} a share preview shows`,
					'write the name as the report does, without titles or notes',
				),
			);
	});
	return problems;
}
