/**
 * Embedding a change in another site. Each change has a minimal page (`…/changes/<change>/embed/`: no site
 * header or footer, links open in a new tab) that hosts may frame, and a static oEmbed JSON
 * (`…/changes/<change>/oembed.json`, oembed.com type "rich") that the change's page names in a
 * `<link rel="alternate" type="application/json+oembed">`, so a CMS pasted the change's URL shows the frame.
 * Framing is allowed by the embed page's own headers (see the _headers file and docs/deploying.md).
 */
import type { z } from 'astro/zod';
import type { PublishedChange } from '../model/publish.ts';
import type { ReportBundle } from '../model/schema.ts';
import { xmlEscape } from '../diagrams/escape.ts';
import { absoluteUrl, cardPath, embedPath, withBase } from '../urls.ts';
import { type OEmbed, schemaUrl } from './openData.ts';
import { SITE_TITLE } from '../consts.ts';

/** The size of the frame the oEmbed JSON offers, in CSS pixels, before the build measures it: the width is declared
 * as is, and the height is replaced at the end of the build by what each embed page measures (src/publish/embedSize.ts);
 * e2e/embed.spec.ts frames every one at that size and at 360 px wide. */
export const EMBED_SIZE = { width: 640, height: 1120 } as const;

/** The oEmbed response of a change. */
export function oembed(bundle: ReportBundle, change: PublishedChange): z.infer<typeof OEmbed> {
	const src = absoluteUrl(embedPath(bundle.report.id, change.id));
	const title = `${change.title} (${SITE_TITLE})`;
	return {
		$schema: schemaUrl('oembed.schema.json'),
		version: '1.0',
		type: 'rich',
		title: change.title,
		provider_name: SITE_TITLE,
		provider_url: absoluteUrl(withBase('/')),
		html: `<iframe src="${xmlEscape(src)}" width="${EMBED_SIZE.width}" height="${EMBED_SIZE.height}" title="${xmlEscape(title)}" loading="lazy"></iframe>`,
		width: EMBED_SIZE.width,
		height: EMBED_SIZE.height,
		thumbnail_url: absoluteUrl(withBase(cardPath(bundle.report.id, change.id))),
		thumbnail_width: 1200,
		thumbnail_height: 630,
	};
}
