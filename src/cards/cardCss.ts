/**
 * The stylesheet every share card shares. Colours are the light theme's, as a card has no theme; the picture uses
 * the diagrams' colours for lines a change ends (red, dashed) and starts (green, solid), and the site's accent for
 * what moves. Sizes are chosen for the 300 px thumbnail: the title at 44 px or more (11 px there), boxes big enough
 * to read as shapes.
 */
export const CARD_CSS = `
* { box-sizing: border-box; margin: 0; padding: 0; }
body { width: 1200px; height: 630px; overflow: hidden; background: #fdfcf8; color: #1c1917; font-family: 'Inter Variable', 'Noto Sans SC Subset', sans-serif; }
.card { position: relative; height: 630px; padding: 40px 56px 84px 80px; display: flex; flex-direction: column; gap: 18px; overflow: hidden; }
.card::before { content: ''; position: absolute; left: 0; top: 0; bottom: 0; width: 20px; background: #9a3412; }
.kicker { font-size: 22px; letter-spacing: 0.08em; text-transform: uppercase; color: #57534e; font-weight: 600; flex: none; }
h1 { flex: none; font-size: 54px; line-height: 1.08; font-weight: 750; letter-spacing: -0.01em; display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; overflow: hidden; }
h1.long { font-size: 46px; -webkit-line-clamp: 3; }
.pic { flex: 1; min-height: 0; display: grid; grid-template-columns: minmax(0, 1fr) 60px minmax(0, 1fr) 60px minmax(0, 1fr); align-items: center; column-gap: 10px; }
.side { display: flex; flex-direction: column; gap: 10px; justify-content: center; min-width: 0; max-height: 100%; overflow: hidden; }
.side-h { font-size: 18px; letter-spacing: 0.1em; text-transform: uppercase; font-weight: 700; color: #57534e; }
.before .side-h { color: #b91c1c; } .after .side-h { color: #15803d; } .moved .side-h { color: #9a3412; }
.box { display: flex; flex-direction: column; padding: 8px 14px; border-radius: 10px; font-size: 26px; line-height: 1.15; font-weight: 650; min-width: 0; }
.box .name { display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; overflow: hidden; }
.box .rel { font-size: 16px; line-height: 1.3; text-transform: uppercase; letter-spacing: 0.06em; font-weight: 650; color: #57534e; }
.box .zh { font-size: 22px; line-height: 1.3; font-weight: 400; color: #44403c; }
.box .within { font-size: 18px; line-height: 1.3; font-weight: 500; color: #44403c; }
.old { border: 4px dashed #b91c1c; background: #fef2f2; }
.new { border: 5px solid #15803d; background: #f0fdf4; }
.subject { border: 5px solid #9a3412; background: #9a3412; color: #fff; }
.subject .zh, .subject .rel { color: #ffedd5; }
.none { border: 3px dashed #a8a29e; color: #57534e; font-size: 22px; font-weight: 500; }
.side.dense .box { font-size: 21px; padding: 4px 12px; }
.side.dense .zh { font-size: 18px; }
.more { font-size: 20px; color: #57534e; font-weight: 500; }
.arrow { width: 60px; height: 30px; }
.arrow.ended line { stroke: #b91c1c; stroke-width: 5; stroke-dasharray: 10 7; } .arrow.ended path { fill: #b91c1c; }
.arrow.started line { stroke: #15803d; stroke-width: 6; } .arrow.started path { fill: #15803d; }
.arrow.unknown line { stroke: #a8a29e; stroke-width: 4; stroke-dasharray: 4 6; } .arrow.unknown path { fill: #a8a29e; }
.moves { flex: 1; min-height: 0; list-style: none; display: flex; flex-direction: column; justify-content: center; gap: 12px; }
.moves li { display: flex; align-items: center; gap: 12px; min-width: 0; }
.moves .box { flex-direction: row; font-size: 26px; padding: 6px 14px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; max-width: 500px; display: block; }
.moves .arrow { flex: none; }
.foot { position: absolute; left: 80px; right: 56px; bottom: 32px; font-size: 20px; color: #57534e; display: flex; justify-content: space-between; gap: 24px; }
.foot span:first-child { overflow: hidden; white-space: nowrap; text-overflow: ellipsis; }
.foot span:last-child { flex: none; white-space: nowrap; }
.summary { font-size: 30px; line-height: 1.35; color: #292524; display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 4; overflow: hidden; }
`;
