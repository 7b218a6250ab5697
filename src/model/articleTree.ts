/**
 * The article's MDX as a syntax tree, parsed once for every check that reads it (the verbatim check and the
 * element checks), with the few helpers those checks share to read elements and their props.
 */
import { mdxToMdast } from 'satteri';

/** A node of the MDX syntax tree, as far as the checks read it. */
export interface MdxNode {
	type: string;
	name?: string | null;
	value?: string;
	children?: MdxNode[];
	attributes?: { type: string; name?: string; value?: string | { value: string } | null }[];
	position?: { start: { line: number; column: number; offset?: number }; end?: { offset?: number } };
}

/** The tree of an article, or the parser's message and line where it is not valid MDX. */
export type ParsedArticle = { tree: MdxNode } | { error: string; line?: number };

let last: { text: string; parsed: ParsedArticle } | undefined;

/** Parses an article; a second call with the same text returns the same tree. */
export function parseArticle(text: string): ParsedArticle {
	if (last?.text === text) return last.parsed;
	let parsed: ParsedArticle;
	try {
		parsed = { tree: mdxToMdast(text) as unknown as MdxNode };
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		parsed = { error: message.split('\n')[0], line: Number(message.match(/(\d+):\d+/)?.[1]) || undefined };
	}
	last = { text, parsed };
	return parsed;
}

/** Whether a node is a JSX element (in a block or in a line). */
export function isElement(node: MdxNode): boolean {
	return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

/** A prop of an element: its text for a string, its source for an expression, true for a bare prop, or undefined. */
export function prop(node: MdxNode, name: string): string | true | undefined {
	const attr = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
	if (!attr) return undefined;
	if (attr.value === null || attr.value === undefined) return true;
	return typeof attr.value === 'string' ? attr.value : attr.value.value;
}

/** The elements that are phrasing content of the report's text, whatever MDX makes of a line holding only them. */
const INLINE = new Set(['Change', 'Person', 'Sic']);

/**
 * Whether two sibling elements are inline elements that MDX read as blocks (a line holding only elements makes
 * each a block) with white space between them in the source. The page loses that space, so the author is asked
 * to write it as {" "}; the verbatim check reads it as the space the author meant.
 */
export function spacedBlocks(a: MdxNode, b: MdxNode): boolean {
	const block = (n: MdxNode) => n.type === 'mdxJsxFlowElement' && INLINE.has(n.name ?? '');
	const end = a.position?.end?.offset;
	const start = b.position?.start.offset;
	return block(a) && block(b) && end !== undefined && start !== undefined && start > end;
}

/** Calls `visit` for every node under `node`, depth first in document order, with its nearest enclosing elements. */
export function walk(
	node: MdxNode,
	visit: (node: MdxNode, ancestors: readonly MdxNode[]) => void,
	ancestors: MdxNode[] = [],
): void {
	for (const child of node.children ?? []) {
		visit(child, ancestors);
		walk(child, visit, isElement(child) ? [...ancestors, child] : ancestors);
	}
}
