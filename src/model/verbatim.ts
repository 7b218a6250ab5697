/**
 * The verbatim promise, checked for every report: the reported text of `article.mdx` equals `source.txt`, block by
 * block. The article is read as an MDX syntax tree (not as HTML, not with regular expressions): each `<Para n={k}>`
 * must hold the k-th block of the text (the 0th is the headline, which is the report's title), word for word, with
 * white space free to wrap. Our insertions are left out: `<Note>`s, the `fix` of a `<Sic>` (an attribute; its
 * children, the original words, count), and the change links that `<Change>` adds when rendered. A difference
 * stops the build, naming the paragraph, the first differing words and their line in `article.mdx`.
 */
import { parseArticle, spacedBlocks, type MdxNode } from './articleTree.ts';
import type { Problem } from './problems.ts';
import type { ReportBundle } from './schema.ts';

/** The elements whose content is ours, not the report's. */
const EDITORIAL = new Set(['Note']);

/** A word of the article with the line it is on. */
interface Word {
	text: string;
	line: number;
}

/** The blocks of a text file: paragraphs separated by blank lines, white space collapsed. */
export function textBlocks(text: string): string[] {
	return text
		.split(/\n\s*\n/)
		.map((b) => b.replace(/\s+/g, ' ').trim())
		.filter(Boolean);
}

/** A string literal expression such as {" "} stands for its text; any other expression is not reported text. */
function literal(expression: string): string | undefined {
	const match = expression.trim().match(/^(["'])(.*)\1$/s);
	return match ? match[2] : undefined;
}

/** The words of a node's reported text, each with its line. */
function wordsOf(node: MdxNode, out: Word[] = []): Word[] {
	if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && EDITORIAL.has(node.name ?? ''))
		return out;
	const line = node.position?.start.line ?? 0;
	const push = (value: string) => {
		// Words joined across nodes ("Lei Jun" then "’s") stay one word, as a reader sees them.
		let offset = 0;
		for (const part of value.split(/(\s+)/)) {
			const at = line + (value.slice(0, offset).match(/\n/g)?.length ?? 0);
			offset += part.length;
			if (part === '') continue;
			if (/^\s+$/.test(part)) out.push({ text: ' ', line: at });
			else if (out.length > 0 && out[out.length - 1].text !== ' ') out[out.length - 1].text += part;
			else out.push({ text: part, line: at });
		}
	};
	if (node.type === 'text' || node.type === 'inlineCode') push(node.value ?? '');
	else if (node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression')
		push(literal(node.value ?? '') ?? '');
	else if (node.type === 'break') push(' ');
	for (const child of node.children ?? []) {
		// Blocks inside a paragraph (a line of text, then a note) are separated by white space; two inline elements
		// read as blocks are separated as the author wrote them (the article checks ask for the space as {" "}).
		const i = node.children!.indexOf(child);
		if (i > 0 && spacedBlocks(node.children![i - 1], child)) push(' ');
		if (child.type === 'paragraph') push(' ');
		wordsOf(child, out);
		if (child.type === 'paragraph') push(' ');
	}
	return out;
}

/** The value of the `n` attribute of a `<Para>`, or undefined when it has none that is a number. */
function paraNumber(node: MdxNode): number | undefined {
	const attr = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'n');
	const raw = typeof attr?.value === 'string' ? attr.value : attr?.value?.value;
	return raw !== undefined && /^\s*\d+\s*$/.test(raw) ? Number(raw) : undefined;
}

function findParas(node: MdxNode, out: MdxNode[] = []): MdxNode[] {
	if (node.type === 'mdxJsxFlowElement' && node.name === 'Para') out.push(node);
	else for (const child of node.children ?? []) findParas(child, out);
	return out;
}

const few = (words: readonly string[], from: number) =>
	words.slice(from, from + 5).join(' ') || '(the end of the paragraph)';

/** Every place where the article's reported text differs from the report's text file. */
export function verbatimProblems(bundle: ReportBundle, file: string): Problem[] {
	const source = bundle.report.sourceText;
	const blocks = textBlocks(bundle.text);
	const problems: Problem[] = [];
	const parsed = parseArticle(bundle.article);
	if ('error' in parsed)
		return [
			{
				file,
				path: '',
				line: parsed.line,
				message: `the article is not valid MDX: ${parsed.error}`,
				hint: 'check that every tag is closed and every { has its }',
			},
		];
	const { tree } = parsed;
	if (blocks[0] !== undefined && bundle.report.title.replace(/\s+/g, ' ').trim() !== blocks[0]) {
		problems.push({
			file: file.replace(/article\.mdx$/, 'report.yaml'),
			path: 'title',
			message: `the title differs from the headline, the first line of ${source}: "${blocks[0]}"`,
			hint: `the title is the report's headline, word for word: copy it from ${source}`,
		});
	}
	const seen = new Map<number, number>();
	for (const para of findParas(tree)) {
		const line = para.position?.start.line;
		const n = paraNumber(para);
		if (n === undefined || n < 1 || n >= blocks.length) {
			problems.push({
				file,
				path: '',
				line,
				message: `<Para n={${n ?? '?'}}> is not a paragraph of ${source}, which has paragraphs 1 to ${blocks.length - 1} after its headline`,
				hint: 'number the paragraphs 1, 2, 3… in the order of the text file',
			});
			continue;
		}
		if (seen.has(n)) {
			problems.push({
				file,
				path: '',
				line,
				message: `paragraph ${n} appears twice (first on line ${seen.get(n)})`,
				hint: 'each paragraph of the text file appears once; check the numbers',
			});
			continue;
		}
		seen.set(n, line ?? 0);
		const words = wordsOf(para).filter((w) => w.text !== ' ');
		const expected = blocks[n].split(' ');
		const i = words.findIndex((w, k) => w.text !== expected[k]);
		const at = i >= 0 ? i : words.length < expected.length ? words.length : -1;
		if (at < 0) continue;
		const got = words.map((w) => w.text);
		problems.push({
			file,
			path: '',
			line: words[Math.min(at, words.length - 1)]?.line ?? line,
			message: `paragraph ${n} is not word for word the text of ${source}: the article has "${few(got, at)}" where ${source} has "${few(expected, at)}"`,
			hint: `the article keeps the report's words exactly (mark typos with <Sic fix="…">, add notes with <Note>): restore the words from ${source}, paragraph ${n}`,
		});
	}
	const absent = blocks.map((_, n) => n).filter((n) => n > 0 && !seen.has(n));
	if (absent.length > 0) {
		problems.push({
			file,
			path: '',
			message: `paragraph${absent.length > 1 ? 's' : ''} ${absent.join(', ')} of ${source} ${absent.length > 1 ? 'are' : 'is'} not in the article`,
			hint: `add <Para n={${absent[0]}}> with the paragraph's text to its section`,
		});
	}
	return problems;
}
