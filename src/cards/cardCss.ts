/**
 * The stylesheet every share card shares. Colours are the light theme's, as a card has no theme; the picture uses
 * the diagrams' colours for lines a change ends (red, dashed) and starts (green, solid), and the site's accent for
 * what moves. Sizes are chosen for the 300 px thumbnail: the title and the names of what moved, from where and to
 * where at 44 px or more (11 px there); the title in the middle 600 px (x 300–900), inside a centre-square crop
 * (x 285–915); what qualifies them (relations, Chinese names, kicker, foot) smaller, as it may be lost in a thumbnail.
 * Names wrap rather than run out of their box: a move's two boxes share the row as a grid shares its free space (each
 * up to its whole name, on up to two lines), a picture's columns are at least their longest word; a name that still
 * does not fit is cut between words when the card is drawn (cardFit.ts).
 */
export const CARD_CSS = `
* { box-sizing: border-box; margin: 0; padding: 0; }
body { width: 1200px; height: 630px; overflow: hidden; background: #fdfcf8; color: #1c1917; font-family: 'Inter Variable', 'Noto Sans SC Subset', sans-serif; }
.card { position: relative; height: 630px; padding: 30px 48px 70px 48px; display: flex; flex-direction: column; gap: 14px; overflow: hidden; }
.card::before { content: ''; position: absolute; left: 0; top: 0; bottom: 0; width: 16px; background: #9a3412; }
.kicker { text-align: center; font-size: 22px; letter-spacing: 0.08em; text-transform: uppercase; color: #57534e; font-weight: 600; flex: none; }
h1 { flex: none; align-self: center; width: 600px; text-align: center; font-size: 54px; line-height: 1.08; font-weight: 750; letter-spacing: -0.01em; display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 3; overflow: hidden; overflow-wrap: anywhere; }
h1.long { font-size: 44px; line-height: 1.1; -webkit-line-clamp: 4; }
.pic { flex: 1; min-height: 0; display: grid; grid-template-columns: minmax(min-content, 1fr) 48px minmax(min-content, 1fr) 48px minmax(min-content, 1fr); align-items: center; column-gap: 8px; }
.side { display: flex; flex-direction: column; gap: 6px; justify-content: center; min-width: 0; max-height: 100%; overflow: hidden; }
.side-h { font-size: 18px; letter-spacing: 0.1em; text-transform: uppercase; font-weight: 700; color: #57534e; }
.before .side-h { color: #b91c1c; } .after .side-h { color: #15803d; } .moved .side-h { color: #9a3412; }
.side.empty .side-h { color: #57534e; }
.box { display: flex; flex-direction: column; padding: 4px 12px 6px; border-radius: 10px; font-size: 44px; line-height: 1.05; font-weight: 700; letter-spacing: -0.015em; min-width: 0; }
.box .name { display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 3; overflow: hidden; }
.box .rel { font-size: 18px; line-height: 1.3; text-transform: uppercase; letter-spacing: 0.06em; font-weight: 650; color: #57534e; }
.box .zh { font-size: 26px; line-height: 1.3; font-weight: 400; color: #44403c; }
.box .within { font-size: 18px; line-height: 1.3; font-weight: 500; color: #44403c; }
.old { border: 4px dashed #b91c1c; background: #fef2f2; }
.new { border: 5px solid #15803d; background: #f0fdf4; }
.subject { border: 5px solid #9a3412; background: #9a3412; color: #fff; }
.subject .zh, .subject .rel { color: #ffedd5; }
.none { border: 3px dashed #a8a29e; color: #57534e; font-size: 26px; font-weight: 500; }
.more { font-size: 26px; color: #57534e; font-weight: 600; }
.arrow { width: 48px; height: 26px; }
.arrow.ended line { stroke: #b91c1c; stroke-width: 5; stroke-dasharray: 10 7; } .arrow.ended path { fill: #b91c1c; }
.arrow.started line { stroke: #15803d; stroke-width: 6; } .arrow.started path { fill: #15803d; }
.arrow.unknown line { stroke: #a8a29e; stroke-width: 4; stroke-dasharray: 4 6; } .arrow.unknown path { fill: #a8a29e; }
.moves { flex: 1; min-height: 0; list-style: none; display: flex; flex-direction: column; justify-content: center; align-items: center; gap: 10px; }
.moves li { display: flex; align-items: center; gap: 12px; }
.moves li:not(.more) { display: grid; grid-template-columns: auto auto auto; max-width: 100%; }
.moves .box { font-size: 44px; padding: 2px 14px 4px; text-align: center; display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; overflow: hidden; }
.moves .arrow { flex: none; }
.foot { position: absolute; left: 48px; right: 48px; bottom: 24px; font-size: 20px; color: #57534e; display: flex; justify-content: space-between; gap: 24px; }
.foot span:first-child { overflow: hidden; white-space: nowrap; text-overflow: ellipsis; }
.foot span:last-child { flex: none; white-space: nowrap; }
.role { flex: none; text-align: center; font-size: 30px; line-height: 1.2; color: #44403c; font-weight: 500; }
.summary { align-self: center; max-width: 900px; text-align: center; font-size: 32px; line-height: 1.35; color: #292524; display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 4; overflow: hidden; }
`;
