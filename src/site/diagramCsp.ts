/**
 * Every inline SVG carries its own <style>. Under the site's Content-Security-Policy each must be named by hash in
 * the page's <meta>, which is written with the <head>, so pages register their diagrams' hashes before rendering.
 * The same call records the stylesheets the page's diagrams share (see render/diagramStyle.ts) in Astro.locals:
 * the layout's head writes each once (components/DiagramStyles.astro) and the figures then leave them out.
 */
import { createHash } from 'node:crypto';
import type { AstroGlobal } from 'astro';
import type { Diagram } from '../diagrams/types.ts';
import { readCached } from '../render/cache.ts';
import { SHARED_STYLE_ATTR } from '../render/diagramStyle.ts';
import { diagramKeys } from '../render/renderDiagrams.ts';

declare global {
	namespace App {
		interface Locals {
			/** The shared diagram stylesheets of the page, by scope class, in the order its diagrams were listed. */
			diagramStyles?: Map<string, string>;
		}
	}
}

const STYLE = /<style(?:\s+[^>]*)?>([\s\S]*?)<\/style>/g;

/** The rendered SVGs of a diagram, one for each of its layouts (the figure inlines them all). */
const renderedLayouts = (diagram: Diagram): string =>
	diagramKeys(diagram)
		.map((key) => readCached(key) ?? '')
		.join('');

/** The CSP hashes of the <style> elements in a diagram's rendered SVGs. */
function diagramStyleHashes(diagram: Diagram): string[] {
	const svg = renderedLayouts(diagram);
	return [...svg.matchAll(STYLE)].map(([, css]) => `sha256-${createHash('sha256').update(css).digest('base64')}`);
}

/** The shared stylesheets of a rendered SVG, by scope class. */
function sharedStyles(svg: string): [scope: string, css: string][] {
	return [...svg.matchAll(new RegExp(`<style\\s+${SHARED_STYLE_ATTR}="([^"]+)">([\\s\\S]*?)</style>`, 'g'))].map(
		([, scope, css]) => [scope, css],
	);
}

/** The SVG without the shared stylesheets this page already carries in its head. */
export function withoutPageStyles(svg: string, locals: App.Locals | undefined): string {
	const carried = locals?.diagramStyles;
	if (!carried) return svg;
	return svg.replace(
		new RegExp(`<style\\s+${SHARED_STYLE_ATTR}="([^"]+)">[\\s\\S]*?</style>`, 'g'),
		(whole, scope: string) => (carried.has(scope) ? '' : whole),
	);
}

/** Adds the style hashes of these diagrams to the page's Content-Security-Policy and records their shared sheets. */
export function allowDiagramStyles(astro: Pick<AstroGlobal, 'csp' | 'locals'>, diagrams: readonly Diagram[]): void {
	for (const hash of new Set(diagrams.flatMap(diagramStyleHashes)))
		astro.csp?.insertStyleHash(hash as `sha256-${string}`);
	const carried = (astro.locals.diagramStyles ??= new Map());
	for (const diagram of diagrams)
		for (const [scope, css] of sharedStyles(renderedLayouts(diagram))) carried.set(scope, css);
}
