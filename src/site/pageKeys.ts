/**
 * The keys of pages for Astro's incremental build (`experimental.incrementalBuild`, on with REORG_INCREMENTAL=1).
 * Astro copies a page from the previous build instead of rendering it when both the hash of its code (which Astro
 * computes, CSS included) and its key are unchanged, so a key must cover every datum the page shows; a datum left out
 * would publish a stale page. A key is therefore generous: the whole report the page belongs to, plus what any page may
 * show from the rest of the site (see `siteFacts`; the CJK font every page references by its hash; the renderer that
 * drew the diagrams pages inline; the site's address). A change to one report's own data then re-renders that
 * report's pages and the pages listing it, and no others; a change to what reports share re-renders every page.
 */
import { createHash } from 'node:crypto';
import { config } from '../config.ts';
import type { ReportBundle } from '../model/schema.ts';
import { cjkFont } from '../render/cjkFont.ts';
import { fingerprint } from '../render/cache.ts';

const digests = new WeakMap<ReportBundle, string>();
const sha = (text: string) => createHash('sha256').update(text).digest('hex');

/** A hash of everything in one report: its data, text and article. */
function bundleDigest(bundle: ReportBundle): string {
	let digest = digests.get(bundle);
	if (!digest) digests.set(bundle, (digest = sha(JSON.stringify(bundle))));
	return digest;
}

/**
 * What pages outside a report may show of it: its metadata (lists and links name it), which people and units it
 * names (entity pages list their reports), and in full the people and units other reports name too (a shared entity
 * is shown with its first report's data everywhere). A person or unit of this report alone is not here: renaming it
 * changes this report's pages and its own entity page, whose keys cover it.
 */
function siteFacts(bundle: ReportBundle, reportsNaming: Map<string, number>): unknown {
	const shared = (kind: string, id: string) => (reportsNaming.get(`${kind}:${id}`) ?? 0) > 1;
	return [
		bundle.report,
		bundle.people.map((p) => p.id),
		bundle.units.map((u) => u.id),
		bundle.people.filter((p) => shared('person', p.id)),
		bundle.units.filter((u) => shared('unit', u.id)),
	];
}

/** How many reports name each person and unit, by `person:<id>` and `unit:<id>`. */
function reportsNaming(bundles: readonly ReportBundle[]): Map<string, number> {
	const counts = new Map<string, number>();
	for (const b of bundles) {
		for (const key of new Set([...b.people.map((p) => `person:${p.id}`), ...b.units.map((u) => `unit:${u.id}`)]))
			counts.set(key, (counts.get(key) ?? 0) + 1);
	}
	return counts;
}

const siteKeys = new WeakMap<readonly ReportBundle[], Promise<string>>();

/** What every page may show from outside its own report, hashed; computed once per set of reports. */
function siteKey(bundles: readonly ReportBundle[]): Promise<string> {
	let key = siteKeys.get(bundles);
	if (!key) {
		const naming = reportsNaming(bundles);
		key = cjkFont(bundles).then((font) =>
			sha(
				JSON.stringify([
					config.site,
					config.base,
					fingerprint(),
					font?.fileName ?? '',
					bundles.map((b) => siteFacts(b, naming)),
				]),
			),
		);
		siteKeys.set(bundles, key);
	}
	return key;
}

/**
 * A function that hashes a page's parts under the site key, where a report bundle anywhere in them counts by its
 * digest (the bundles are known by identity, in a set built once a route).
 */
function keyer(bundles: readonly ReportBundle[]): (site: string, parts: unknown[]) => string {
	const known = new Set<unknown>(bundles);
	return (site, parts) =>
		sha(
			`${site}\n${JSON.stringify(parts, (_, value: unknown) => (known.has(value) ? `bundle:${bundleDigest(value as ReportBundle)}` : value))}`,
		);
}

/**
 * A route's paths, each with the key of what it is made of (its params and props, plus `shared`, what every path of
 * the route also shows) when the build is incremental; otherwise the paths as they are, so that a build that reuses
 * nothing computes no key.
 */
export async function withPageKeys<P extends { params: unknown; props?: unknown }>(
	bundles: readonly ReportBundle[],
	paths: P[],
	...shared: unknown[]
): Promise<(P & { cacheKey?: string })[]> {
	if (!config.incremental) return paths;
	const [site, key] = [await siteKey(bundles), keyer(bundles)];
	return paths.map((path) => ({ ...path, cacheKey: key(site, [path, ...shared]) }));
}
