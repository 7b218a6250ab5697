/**
 * Every inline SVG carries its own <style>. Under the site's Content-Security-Policy each must be named by hash in
 * the page's <meta>, which is written with the <head>, so pages register their diagrams' hashes before rendering.
 */
import { createHash } from 'node:crypto';
import type { AstroGlobal } from 'astro';
import type { Diagram } from '../diagrams/types.ts';
import { readCached } from '../render/cache.ts';
import { diagramKeys } from '../render/renderDiagrams.ts';

/** The CSP hashes of the <style> elements in a diagram's rendered SVGs (each of its layouts is inlined). */
export function diagramStyleHashes(diagram: Diagram): string[] {
	const svg = diagramKeys(diagram).map((key) => readCached(key) ?? '').join('');
	return [...svg.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(([, css]) => `sha256-${createHash('sha256').update(css).digest('base64')}`);
}

/** Adds the style hashes of these diagrams to the page's Content-Security-Policy. */
export function allowDiagramStyles(astro: Pick<AstroGlobal, 'csp'>, diagrams: readonly Diagram[]): void {
	for (const hash of new Set(diagrams.flatMap(diagramStyleHashes))) astro.csp?.insertStyleHash(hash as `sha256-${string}`);
}
