/**
 * Titles and descriptions as link previews take them: X shows at most 70 characters of a title and 200 of a
 * description, and cuts anything longer where it likes. The words themselves are written from the data to fit
 * (src/model/wording.ts); this is the guarantee for the words that cannot be rewritten, such as a publisher's
 * headline or a unit's name as a report gives it: shortened at a word boundary, with an ellipsis, never mid-word.
 */

/** X's limits, in characters (code points). */
export const SHARE_LIMITS = { title: 70, description: 200 } as const;

/** `text` within `max` characters: whole, or cut after the last whole word that fits, with "…". */
export function withinLimit(text: string, max: number): string {
	const chars = [...text];
	if (chars.length <= max) return text;
	const head = chars.slice(0, max - 1).join('');
	const atWord = head.replace(/\s+\S*$/, '');
	const cut = atWord.length >= max / 2 ? atWord : head;
	return `${cut.replace(/[\s,;:.–—-]+$/, '')}…`;
}
