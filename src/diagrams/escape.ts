/**
 * Text made safe for Mermaid source, and for XML. Data labels may hold anything an author or a hostile file puts
 * there (quotes, brackets, `-->`, `%%`, `#`, `<script>`, the word `click`, CJK, very long names); every one becomes
 * inert text inside a quoted label. `xmlEscape` does the same for XML and HTML text and attributes, which the SVG,
 * the share cards, the feeds and the embed code are written in.
 */

/** Escapes text for an XML text node or attribute. */
export function xmlEscape(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Inside a quoted label, mermaid (with SVG text labels) shows brackets, pipes, `%`, `&`, `;` and `:` as they are,
 * and decodes only a few entity codes: `#lt;` and `#gt;` do, while numeric codes and `#quot;` would show
 * literally. So angle brackets become `#lt;`/`#gt;`, a straight double quote (which would end the label) becomes
 * a typographic one, and a `#` that would start an entity code becomes a full-width `＃`.
 */
function escapeChars(text: string): string {
	let open = true;
	return text
		.replace(/#(?=\w+;)/g, '＃')
		.replace(/"/g, () => {
			open = !open;
			return open ? '”' : '“';
		})
		.replace(/</g, '#lt;')
		.replace(/>/g, '#gt;');
}

/** The longest label, in characters, before it is cut with an ellipsis. */
const MAX_LABEL = 90;

/** Cuts text to `max` characters at a word boundary where one is near, ending with an ellipsis. */
export function truncate(text: string, max = MAX_LABEL): string {
	const chars = [...text];
	if (chars.length <= max) return text;
	const cut = chars.slice(0, max - 1).join('');
	const space = cut.lastIndexOf(' ');
	return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

/**
 * The words of a label, with a short parenthetical kept as one piece: "Overseas regions (by district)" breaks
 * before "(by district)", never inside it.
 */
function pieces(text: string, width: number): string[] {
	const out: string[] = [];
	for (const word of text.split(' ')) {
		const last = out[out.length - 1];
		const open = last !== undefined && last.includes('(') && !last.includes(')');
		if (open && [...last].length + 1 + [...word].length <= width) out[out.length - 1] = `${last} ${word}`;
		else out.push(word);
	}
	return out;
}

/** Breaks text into lines of about `width` characters, for labels that Mermaid does not wrap itself. */
export function wrap(text: string, width = 28): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of pieces(text, width)) {
		if (line && [...line].length + 1 + [...word].length > width) {
			lines.push(line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	if (line) lines.push(line);
	return lines;
}

/** Escapes one line of label text with Mermaid entity codes; control characters and newlines become spaces. */
export function escapeText(text: string): string {
	return escapeChars(text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' '));
}

/** A complete quoted Mermaid label: cut, wrapped into lines, escaped, joined with line breaks; `extra` lines last. */
export function label(text: string, width = 28, extra: string[] = [], max = MAX_LABEL): string {
	return `"${[...wrap(truncate(text.trim(), max), width), ...extra.map((line) => truncate(line.trim(), 40))].map(escapeText).join('<br/>')}"`;
}

/** A Mermaid node id from a data id: stable between builds, never a Mermaid keyword. */
export function nodeId(prefix: string, id: string): string {
	return `${prefix}_${id.replace(/[^A-Za-z0-9]/g, '_')}`;
}

/** Text for accTitle and accDescr, which end at the line and take no entity codes. */
export function accText(text: string): string {
	return text
		.replace(/[\r\n\u2028\u2029]+/g, ' ')
		.replace(/[{}]/g, '')
		.trim();
}

/**
 * Text for a timeline, whose syntax splits on colons and reads `#` and `%%` as comments. Never cut: the timeline
 * draws a title whole or the author's short title (timelineFit.ts).
 */
export function timelineText(text: string): string {
	return text
		.replace(/[\r\n\u2028\u2029]+/g, ' ')
		.replace(/:/g, ' –')
		.replace(/#/g, 'No. ')
		.replace(/%/g, ' per cent')
		.replace(/[<>]/g, '')
		.trim();
}
