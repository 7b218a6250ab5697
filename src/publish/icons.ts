/**
 * The raster icon that iMessage, iOS home screens and many link previews ask for (`apple-touch-icon`, 180×180 PNG),
 * made from the site's one drawn icon, public/favicon.svg, so the two never drift apart. iOS rounds the corners
 * itself and shows transparency as black, so the raster is the favicon's square filled to the edges. It is drawn
 * by rsvg-convert (librsvg, as Debian ships it) and committed, because a reader's build machine need not have it;
 * `npm run icons` redraws it, and a unit test fails when the committed file is not what the favicon makes.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The icon's size in pixels, as Apple's guidelines give it for the home screen. */
export const TOUCH_ICON_SIZE = 180;

/** Where the drawn icon and the raster live, relative to the project. */
const FAVICON = join('public', 'favicon.svg');
export const TOUCH_ICON = join('public', 'apple-touch-icon.png');

/** The favicon as a full-bleed square: its rounded corners are left to the platform. */
export function squareIcon(svg: string): string {
	const square = svg.replace(/(<rect\b[^>]*?)\srx="[^"]*"/, '$1');
	if (square === svg && /\srx=/.test(svg))
		throw new Error(`${FAVICON}: its background <rect> could not be squared; keep it the first element, with rx`);
	return square;
}

/** The 180×180 PNG of an SVG icon, drawn by rsvg-convert. */
function touchIconPng(svg: string): Buffer {
	try {
		const size = String(TOUCH_ICON_SIZE);
		return execFileSync('rsvg-convert', ['--width', size, '--height', size, '--format', 'png'], {
			input: squareIcon(svg),
		});
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT')
			throw new Error(
				'rsvg-convert is not installed: on Debian or Ubuntu run `apt-get install librsvg2-bin`, then `npm run icons`',
				{ cause: error },
			);
		throw error;
	}
}

/** The touch icon the current favicon makes. */
export const currentTouchIcon = (root = process.cwd()) => touchIconPng(readFileSync(join(root, FAVICON), 'utf8'));
