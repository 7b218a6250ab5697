/**
 * The embed page's message to its host: its natural height, posted to the parent frame whenever it changes (the
 * frame is resized, the facts as text are opened, fonts arrive), as `{ context: 'iframe.resize', src, height }`, the
 * message that embed scripts (Embedly's, Medium's) listen for. A host that does not listen loses nothing: the page
 * already fits any frame. The height is read with the page's `measuring` class set for the moment of reading, which
 * lays every part out at its own size; no frame is painted in between.
 */

/** The height the page needs with nothing shrunk, in CSS px. */
function naturalHeight(doc: Document = document): number {
	const root = doc.documentElement;
	const had = root.classList.contains('measuring');
	root.classList.add('measuring');
	const height = Math.ceil(doc.body.getBoundingClientRect().height);
	if (!had) root.classList.remove('measuring');
	return height;
}

/** Posts the natural height to the parent now and on every change of size; does nothing outside a frame. */
export function postNaturalHeight(win: Window = window): void {
	if (win.parent === win) return;
	let last = 0;
	const post = () => {
		const height = naturalHeight(win.document);
		if (height === last) return;
		last = height;
		win.parent.postMessage({ context: 'iframe.resize', src: win.location.href, height }, '*');
	};
	new ResizeObserver(post).observe(win.document.body);
	win.document.addEventListener('toggle', post, true);
	void win.document.fonts?.ready.then(post);
	post();
}
