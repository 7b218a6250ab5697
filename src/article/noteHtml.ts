/**
 * The HTML surgery behind margin notes, on the markup our own components render (never on arbitrary HTML).
 *
 * A paragraph of the article arrives from MDX as its text followed by its notes. `placeNotes` marks the words each
 * note explains (its `on` phrase) with a link to the note, and moves the note just after those words, at the
 * paragraph's top level. There, on wide screens, the note floats into the margin beside its
 * line while the text flows on; on narrow screens it is a toggle at that point. `splitLead` cuts a long note after
 * its first sentences so that the rest can go behind a disclosure, and `markCjk` marks runs of Chinese characters
 * with their language, so that screen readers and fonts treat them as Chinese.
 */

/** Elements that have no closing tag. */
const VOID = /^<(area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)\b/i;

/** The HTML split into tags and text, in order. */
function tokens(html: string): string[] {
	return html.split(/(<[^>]+>)/).filter((t) => t !== '');
}

/** How a token changes the element depth: +1 for an opening tag, -1 for a closing one. */
function depthChange(token: string): number {
	if (!token.startsWith('<') || token.startsWith('<!')) return 0;
	if (token.startsWith('</')) return -1;
	return VOID.test(token) || token.endsWith('/>') ? 0 : 1;
}

/** Escapes text the way Astro escapes it in markup. */
function escapeText(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Reads an attribute's value from an opening tag, unescaped. */
function attribute(tag: string, name: string): string | undefined {
	const match = tag.match(new RegExp(`\\s${name}="([^"]*)"`));
	if (!match) return undefined;
	return match[1]
		.replace(/&quot;/g, '"')
		.replace(/&#39;|&#x27;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');
}

/** A sentence ends at . ! or ? (closing quotes or brackets may follow), before white space or the end (for splitLead). */
const SENTENCE_END = /[.!?][”’"')\]]*(?=\s|$)/g;

/** One note of a paragraph, as rendered by Note.astro. */
interface RenderedNote {
	html: string;
	id: string;
	on?: string;
}

/**
 * Places a paragraph's notes beside the words they explain.
 *
 * `html` is the paragraph as rendered: its text (in a `<p>` or not) followed by `<aside class="note">` elements.
 * Returns the text without its `<p>` (the caller wraps it in an element that may hold notes), each anchored phrase
 * wrapped in `<a class="note-anchor">`, each note numbered (`data-n`, shared with its phrase for the CSS that
 * highlights one when the other is hovered or focused) and placed just after its words; notes
 * without a phrase stay at the end. The article checks (model/paraChecks.ts) have made sure that every phrase is
 * there, that the notes are few enough and that the paragraph is one; a phrase not found would stay at the end too.
 */
export function placeNotes(html: string): string {
	const notes: RenderedNote[] = [];
	const text = html.replace(/<aside\b[^>]*>[\s\S]*?<\/aside>/g, (aside) => {
		const open = aside.slice(0, aside.indexOf('>') + 1);
		notes.push({ html: aside, id: attribute(open, 'id') ?? '', on: attribute(open, 'data-on') });
		return '';
	});
	const bare = text.trim().replace(/^<p>([\s\S]*)<\/p>$/, '$1');
	const parts = tokens(bare);
	const placed = new Map<string, string>();
	const trailing: string[] = [];
	notes.forEach((note, i) => {
		const n = i + 1;
		const numbered = note.html.replace(/^<aside\b/, `<aside data-n="${n}"`);
		const found = note.on ? findPhrase(parts, note.on) : undefined;
		if (!note.on || !found) {
			trailing.push(numbered);
			return;
		}
		const { index, start } = found;
		const token = parts[index];
		const phrase = escapeText(note.on);
		const link = `<a class="note-anchor" id="${note.id}-at" href="#${note.id}" data-n="${n}">`;
		parts.splice(index, 1, token.slice(0, start), link, phrase, '</a>', token.slice(start + phrase.length));
		const marker = `${MARK}${n}`;
		parts.splice(phraseEnd(parts, index + 4), 0, marker);
		placed.set(marker, numbered);
	});
	return parts.map((part) => placed.get(part) ?? part).join('') + trailing.join('');
}

/** Marks where a note goes, among the tokens, until the notes replace the marks. */
const MARK = '\u0000note';

/** The text token holding the phrase, and where in it (never in an editorial mark), or undefined. */
function findPhrase(parts: string[], phrase: string): { index: number; start: number } | undefined {
	const escaped = escapeText(phrase);
	const open: boolean[] = [];
	for (let index = 0; index < parts.length; index++) {
		const part = parts[index];
		const change = depthChange(part);
		if (change > 0) open.push(/\sdata-editorial\b|class="note-anchor"/.test(part));
		else if (change < 0) open.pop();
		if (part.startsWith('<') || part.startsWith(MARK) || open.some(Boolean)) continue;
		const start = part.indexOf(escaped);
		if (start >= 0) return { index, start };
	}
	return undefined;
}

/**
 * The token index (an insert goes before it) just after the words that end at token `from`: after the elements
 * that close right there (a name's span), the editorial marks that follow ([sic: …], a change's link) and the
 * punctuation that ends the phrase. A note must sit at the top level of the paragraph (it is not phrasing content),
 * yet as near its words as possible, so the elements still open there (a change's sentence) are closed before the
 * note and opened again after it (`reopen`): the note then floats from its words' line, not from the sentence's end.
 * A text token is split after the punctuation.
 */
function phraseEnd(parts: string[], from: number): number {
	const open: string[] = [];
	for (let i = 0; i < from; i++) {
		const change = depthChange(parts[i]);
		if (change > 0) open.push(parts[i]);
		else if (change < 0) open.pop();
	}
	let i = from;
	// Elements that end within a few words (a name, a short phrase) close first: the note follows them.
	for (let inner = 0, text = 0; open.length > 0 && i < parts.length; i++) {
		// Text in nested elements (an editorial [sic: …]) does not count; it stays with the words before it.
		if (!parts[i].startsWith('<') && inner === 0) text += parts[i].length;
		if (text > SPLIT_AFTER) break;
		const change = depthChange(parts[i]);
		if (change > 0) inner++;
		else if (change < 0 && inner > 0) inner--;
		else if (change < 0) {
			open.pop();
			from = i + 1;
		}
	}
	i = from;
	i = afterEditorial(parts, i);
	const punctuation = parts[i]?.match(/^[,.;:!?)\]”’"]+/);
	if (punctuation && !parts[i].startsWith('<')) {
		if (punctuation[0].length < parts[i].length)
			parts.splice(i, 1, punctuation[0], parts[i].slice(punctuation[0].length));
		i++;
	}
	while (parts[i]?.startsWith(MARK)) i++;
	if (open.length === 0) return i;
	// Only when the element goes on after the note; one that ends right after the punctuation simply closes first.
	const closing = open.map((tag) => `</${tag.match(/^<(\w+)/)![1]}>`).reverse();
	parts.splice(i, 0, ...closing, ...open.map(reopen));
	return i + closing.length;
}

/** How much text may follow the words inside their element before the note goes in the middle of the element. */
const SPLIT_AFTER = 12;

/**
 * An opening tag again, for the part of an element after a note: without its id (ids are unique), and a change's
 * sentence marked as its continuation (`change-anchor-cont`), which global.css highlights with its start.
 */
function reopen(tag: string): string {
	const plain = tag.replace(/\sid="[^"]*"/, '');
	if (!/\sclass="change-anchor"/.test(plain)) return plain;
	return plain.replace(/\sclass="change-anchor"/, ' class="change-anchor-cont"').replace(/\sdata-change="[^"]*"/, '');
}

/** The index after the editorial elements (and nothing else) that start at `i`. */
function afterEditorial(parts: string[], i: number): number {
	for (;;) {
		if (parts[i]?.startsWith(MARK)) {
			i++;
			continue;
		}
		if (i >= parts.length || !/^<\w+[^>]*\sdata-editorial\b/.test(parts[i])) return i;
		let depth = 0;
		do depth += depthChange(parts[i++]);
		while (depth > 0 && i < parts.length);
	}
}

/**
 * Cuts a note's body after its first sentences, once they reach `lead` characters, when the whole is longer than
 * `min` characters. Returns the lead paragraph's HTML and the rest (empty when the note is short).
 */
export function splitLead(body: string, lead = 30, min = 160): { lead: string; rest: string } {
	const plain = body.replace(/<[^>]+>/g, '');
	const first = body.match(/^\s*<p>([\s\S]*?)<\/p>/);
	if (plain.length <= min || !first) return { lead: body, rest: '' };
	const inner = first[1];
	const after = body.slice(first[0].length);
	let depth = 0;
	let seen = 0;
	let offset = 0;
	for (const part of tokens(inner)) {
		if (part.startsWith('<')) depth += depthChange(part);
		else if (depth === 0) {
			SENTENCE_END.lastIndex = 0;
			for (let m = SENTENCE_END.exec(part); m; m = SENTENCE_END.exec(part)) {
				const cut = m.index + m[0].length;
				if (seen + cut >= lead && /^\s+[A-Z“‘(0-9]/.test(part.slice(cut))) {
					const at = offset + cut;
					const rest = inner.slice(at).trim();
					if (plain.length - (seen + cut) < 40) return { lead: body, rest: '' };
					return { lead: `<p>${inner.slice(0, at)}</p>`, rest: `<p>${rest}</p>${after}` };
				}
			}
		}
		if (!part.startsWith('<')) seen += part.length;
		offset += part.length;
	}
	return after.trim() ? { lead: first[0], rest: after } : { lead: body, rest: '' };
}

/** Runs of Chinese characters (CJK ideographs and CJK punctuation). */
const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]+/g;

/** Wraps each run of Chinese characters in text (never inside a tag) in `<span lang="…">`. */
export function markCjk(html: string, lang = 'zh'): string {
	return tokens(html)
		.map((part) => (part.startsWith('<') ? part : part.replace(CJK, (run) => `<span lang="${lang}">${run}</span>`)))
		.join('');
}

/** Plain text as HTML, with its runs of Chinese characters marked by language. */
export function cjkHtml(text: string, lang = 'zh'): string {
	return markCjk(escapeText(text).replace(/"/g, '&quot;'), lang);
}
