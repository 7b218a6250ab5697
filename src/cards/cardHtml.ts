/**
 * Share cards: the 1200×630 images that chat and social apps show for a link. Each is plain HTML in the site's
 * font, screenshotted at build time; this module only writes the HTML, so it is tested as text.
 */
import { dateWithPrecision } from '../diagrams/timeline.ts';
import { formatDate } from '../model/dates.ts';
import { publishChanges } from '../model/publish.ts';
import { nameOf } from '../model/wording.ts';
import type { ReportBundle } from '../model/schema.ts';
import { xmlEscape } from '../render/svg.ts';
import { cardPath } from '../utils/paths.ts';

/** One card: where it is published and the HTML body that draws it. */
export interface Card {
	path: string;
	body: string;
}

const esc = xmlEscape;

/** The short name of a unit (as drawn in diagrams) or the name of a person or seat. */
function shortName(bundle: ReportBundle, id: string): string {
	const unit = bundle.units.find((u) => u.id === id);
	return unit ? (unit.shortName ?? unit.name) : nameOf(bundle, id);
}
const clip = (text: string, max: number) => ([...text].length > max ? `${[...text].slice(0, max - 1).join('')}…` : text);

/** The stylesheet every card shares; colours are the light theme's, as a card has no theme. */
export const CARD_CSS = `
* { box-sizing: border-box; margin: 0; }
body { width: 1200px; height: 630px; overflow: hidden; background: #fdfcf8; color: #1c1917; font-family: 'Inter Variable', sans-serif; }
.card { position: relative; height: 630px; padding: 52px 64px 96px 88px; display: flex; flex-direction: column; gap: 22px; overflow: hidden; }
.card::before { content: ''; position: absolute; left: 0; top: 0; bottom: 0; width: 24px; background: #9a3412; }
.kicker { font-size: 24px; letter-spacing: 0.08em; text-transform: uppercase; color: #57534e; font-weight: 600; }
h1 { font-size: 56px; line-height: 1.1; font-weight: 750; letter-spacing: -0.01em; }
h1.long { font-size: 46px; }
.cols { display: grid; grid-template-columns: 1fr 1fr; gap: 32px; font-size: 26px; line-height: 1.3; }
.col h2 { font-size: 20px; letter-spacing: 0.08em; text-transform: uppercase; margin-bottom: 8px; }
.before h2 { color: #b91c1c; } .after h2 { color: #15803d; }
.col p { padding-left: 14px; margin-bottom: 6px; display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; overflow: hidden; }
.col p.more { border: 0; color: #57534e; }
.before p { border-left: 4px dashed #b91c1c; } .after p { border-left: 5px solid #15803d; }
.foot { position: absolute; left: 88px; right: 64px; bottom: 40px; font-size: 22px; color: #57534e; display: flex; justify-content: space-between; gap: 24px; }
.summary { font-size: 30px; line-height: 1.35; color: #292524; display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 4; overflow: hidden; }
`;

function frame(kicker: string, inner: string, foot: string): string {
	return `<div class="card"><p class="kicker">${esc(kicker)}</p>${inner}<div class="foot">${foot}</div></div>`;
}

/** The cards of one report: one for the article and one for each change. */
export function reportCards(bundle: ReportBundle, site: URL): Card[] {
	const { report } = bundle;
	// A date that is our inference says so, on the card as on the page.
	const when = `${report.published.note ? 'probably ' : ''}${formatDate(report.published)}`;
	const article: Card = {
		path: cardPath(report.id),
		body: frame(
			`Reorg Lens · ${report.publisher} · ${when}`,
			`<h1${report.title.length > 70 ? ' class="long"' : ''}>${esc(clip(report.title, 110))}</h1><p class="summary">${esc(report.summary)}</p>`,
			`<span>Annotated edition · ${bundle.changes.length} changes</span><span>Text, notes, diagrams</span>`,
		),
	};
	const changes = publishChanges(bundle, site).map((c, i): Card => {
		// Short unit names and at most two lines each, so that before and after stay legible as a thumbnail.
		const short = (line: { from: string; relation: string; to: string }) => `${shortName(bundle, line.from)} ${line.relation === 'leads' ? 'leads' : line.relation === 'part-of' ? '→ part of' : '→ reports to'} ${shortName(bundle, line.to)}`;
		const list = (lines: { from: string; relation: string; to: string }[], empty: string) =>
			lines.length
				? lines.slice(0, lines.length > 3 ? 2 : 3).map((l) => `<p>${esc(short(l))}</p>`).join('') + (lines.length > 3 ? `<p class="more">and ${lines.length - 2} more</p>` : '')
				: `<p class="more">${empty}</p>`;
		return {
			path: cardPath(report.id, c.id),
			body: frame(
				`Reorg Lens · ${report.publisher} · change ${i + 1} of ${bundle.changes.length}`,
				`<h1${c.title.length > 60 ? ' class="long"' : ''}>${esc(clip(c.title, 100))}</h1><div class="cols"><div class="col before"><h2>Before</h2>${list(c.before, 'No earlier line recorded')}</div><div class="col after"><h2>After</h2>${list(c.after, 'No new line recorded')}</div></div>`,
				`<span>${esc(clip(report.title, 70))}</span><span>${esc(dateWithPrecision(bundle.changes[i].date))}</span>`,
			),
		};
	});
	return [article, ...changes];
}

/** The card of the home page. */
export function homeCard(bundles: readonly ReportBundle[]): Card {
	return {
		path: cardPath(),
		body: frame(
			'Reorg Lens',
			`<h1>Reorganizations, annotated</h1><p class="summary">News reports on corporate reorganizations, word for word, with sourced notes, diagrams drawn from the data, and a link for every change.</p>`,
			`<span>${bundles.length} report${bundles.length === 1 ? '' : 's'} · ${bundles.reduce((n, b) => n + b.changes.length, 0)} changes</span>`,
		),
	};
}
