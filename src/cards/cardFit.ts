/**
 * Fits a card's names to the space the drawing gives them, in the page that draws the card, after its layout: a name
 * is wrapped to two lines (the stylesheet's line clamp) and stays whole whenever two lines hold it; only a name that
 * cannot fit even on two lines is cut, between words, with "…" (a name without spaces, such as a Chinese one, between
 * characters). Then, when the list of moves is taller than its space (the names took two lines), its last moves give
 * way to the count of the rest ("and 3 more changes"), as a picture column counts what it leaves out. The card's HTML
 * keeps the whole names, for the alternative text and for the tests.
 */

/** What fitting a card changed: the names cut (as drawn) and the moves left to the count. */
export interface CardFit {
	cut: string[];
	dropped: number;
}

/**
 * Fits the card in `document.body` (see the module note). Self-contained, as it runs in the page
 * (`page.evaluate(fitCard)`).
 */
export function fitCard(): CardFit {
	const fit: CardFit = { cut: [], dropped: 0 };
	// Cut off: a line more than the clamp shows (glyphs may reach a few px past the line box), or wider than the box.
	const over = (el: HTMLElement) =>
		el.scrollHeight - el.clientHeight > parseFloat(getComputedStyle(el).lineHeight) / 2 ||
		el.scrollWidth > el.clientWidth + 1;
	for (const el of document.querySelectorAll<HTMLElement>('.moves .box, .box .name')) {
		if (!over(el)) continue;
		const full = (el.textContent ?? '').trim();
		// "A unit +2" keeps its count of the others.
		const count = / \+\d+$/.exec(full)?.[0] ?? '';
		const name = full.slice(0, full.length - count.length);
		const spaced = /\s/.test(name);
		let parts = spaced ? name.split(/\s+/) : [...name];
		while (parts.length > 1 && over(el)) {
			parts = parts.slice(0, -1);
			el.textContent = `${parts.join(spaced ? ' ' : '').replace(/[\s,;:·–—(/-]+$/, '')}…${count}`;
		}
		fit.cut.push(el.textContent ?? '');
	}
	for (const list of document.querySelectorAll<HTMLElement>('.moves[data-changes]')) {
		const total = Number(list.dataset.changes);
		const rows = () => [...list.querySelectorAll(':scope > li:not(.more)')];
		while (list.scrollHeight > list.clientHeight + 1 && rows().length > 1) {
			rows().at(-1)?.remove();
			fit.dropped++;
			const rest = total - rows().length;
			const more =
				list.querySelector(':scope > li.more') ??
				list.appendChild(Object.assign(document.createElement('li'), { className: 'more' }));
			more.textContent = `and ${rest} more change${rest > 1 ? 's' : ''}`;
		}
	}
	return fit;
}
