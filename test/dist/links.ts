/**
 * The link checker of a built site: every link a page (its inline styles included), a stylesheet, a feed, the sitemap or a data file makes to
 * the site itself must lead to a file of the build (and an anchor to an element of that page). It knows the
 * site's public URL and base path, so it checks a build for a sub-path (`/reorg-lens/`) as a host serving the
 * folder there would: a link that leaves the base path is broken, because nothing of the site lives outside it.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseHTML } from 'linkedom';

/** A built site: its folder, its public origin and the path it is served under. */
export interface BuiltSite {
	root: string;
	origin: string;
	base: string;
}

/** Every file of a built site, as paths relative to its folder. */
export function siteFiles(root: string, dir = root): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? siteFiles(root, path) : [relative(root, path)];
	});
}

/** The url() references of a stylesheet, other than data: URLs and fragments. */
function cssUrls(css: string): string[] {
	return [...css.matchAll(/url\(["']?([^"')]+)["']?\)/g)]
		.map((m) => m[1])
		.filter((u) => !u.startsWith('data:') && !u.startsWith('#'));
}

/** The links one file makes: attributes of pages, url() of stylesheets, hrefs and locs of XML, URLs in JSON. */
function linksOf(file: string, text: string): string[] {
	if (file.endsWith('.html')) {
		const { document } = parseHTML(text);
		const links: string[] = [];
		for (const el of document.querySelectorAll(
			'a[href], link[href], img[src], script[src], form[action], [data-pagefind]',
		)) {
			links.push(
				el.getAttribute('href') ??
					el.getAttribute('src') ??
					el.getAttribute('action') ??
					el.getAttribute('data-pagefind') ??
					'',
			);
		}
		for (const el of document.querySelectorAll(
			'meta[property="og:image"], meta[property="og:url"], meta[name="twitter:image"]',
		))
			links.push(el.getAttribute('content') ?? '');
		// Fonts named by inline @font-face rules.
		for (const style of document.querySelectorAll('style')) links.push(...cssUrls(style.textContent ?? ''));
		const refresh = document
			.querySelector('meta[http-equiv="refresh"]')
			?.getAttribute('content')
			?.match(/url=(.+)$/)?.[1];
		if (refresh) links.push(refresh);
		return links;
	}
	if (file.endsWith('.css')) return cssUrls(text);
	if (file.endsWith('.xml'))
		return [...text.matchAll(/\bhref="([^"]+)"|<loc>([^<]+)<\/loc>/g)].map((m) =>
			(m[1] ?? m[2]).replace(/&amp;/g, '&'),
		);
	if (file.endsWith('.json') && !file.startsWith('pagefind/'))
		return [...text.matchAll(/"(https?:\/\/[^"]+)"/g)].map((m) => m[1]);
	if (file === 'robots.txt') return [...text.matchAll(/Sitemap: (\S+)/g)].map((m) => m[1]);
	return [];
}

/** The page (its index.html) or file a site path names. */
function fileOf(site: BuiltSite, path: string): string {
	const inside = path.slice(site.base.length);
	return path.endsWith('/') ? join(site.root, inside, 'index.html') : join(site.root, inside);
}

/** Every broken link of a built site, as "file: link (why)". */
export function brokenLinks(site: BuiltSite): string[] {
	const broken: string[] = [];
	const ids = new Map<string, Set<string>>();
	const idsOf = (file: string) => {
		if (!ids.has(file))
			ids.set(file, new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])));
		return ids.get(file) as Set<string>;
	};
	const files = siteFiles(site.root);
	for (const file of files.filter((f) => /\.(html|css|xml|json)$|^robots\.txt$/.test(f))) {
		// Where the file is served: pages at their folder, other files at their own path.
		const here = `${site.origin}${site.base}${file.replace(/(^|\/)index\.html$/, '$1')}`;
		for (const raw of linksOf(file, readFileSync(join(site.root, file), 'utf8'))) {
			if (/^(mailto:|data:|javascript:)/.test(raw)) continue;
			const url = new URL(raw, file.endsWith('.css') ? `${site.origin}${site.base}${dirname(file)}/` : here);
			if (url.origin !== site.origin) continue;
			const path = decodeURIComponent(url.pathname);
			if (!path.startsWith(site.base)) {
				broken.push(`${file}: ${raw} (outside the base path ${site.base})`);
				continue;
			}
			const target = fileOf(site, path);
			if (!existsSync(target)) {
				broken.push(`${file}: ${raw} (no ${relative(site.root, target)})`);
				continue;
			}
			const anchor = decodeURIComponent(url.hash.slice(1)).split(':~:')[0];
			if (anchor && target.endsWith('.html') && !idsOf(target).has(anchor))
				broken.push(`${file}: ${raw} (no #${anchor})`);
		}
	}
	return broken;
}

/** The origin and base path a build was made for, read from its home page's canonical link. */
export function builtFor(root: string): BuiltSite {
	const home = readFileSync(join(root, 'index.html'), 'utf8');
	const canonical = home.match(/<link rel="canonical" href="([^"]+)"/)?.[1];
	if (!canonical) throw new Error(`${root}/index.html has no canonical link to tell the site's URL from`);
	const url = new URL(canonical);
	return { root, origin: url.origin, base: url.pathname };
}
