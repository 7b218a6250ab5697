/**
 * The code's one-way flow, as rules that `npm run lint` checks (dependency-cruiser). A report's data flows
 *
 *   content/ → src/model/ → src/diagrams/ → src/load/, src/cards/ → src/render/ → src/publish/ → src/article/, src/site/
 *   → src/components/, src/layouts/, src/pages/, src/integrations/, src/cli/
 *
 * and a folder imports only folders before it (LAYERS: each names what it may import). src/config.ts (the
 * environment), src/consts.ts (the site's name) and src/urls.ts (every URL) are read by all. Nothing the site ships
 * imports bench/, test/ or e2e/. Tests beside the code are left out of the flow: a unit test may load a report
 * folder through src/load/ or check a model function against the diagrams it feeds.
 */
const SHARED = ['src/config\\.ts$', 'src/consts\\.ts$', 'src/urls\\.ts$'];

/** Each folder of src/ and the folders it may import, besides itself and SHARED. */
const LAYERS = {
	model: [],
	diagrams: ['model'],
	load: ['model', 'diagrams'],
	cards: ['model', 'diagrams'],
	render: ['model', 'diagrams', 'cards'],
	publish: ['model', 'diagrams', 'cards', 'render'],
	article: ['model', 'diagrams'],
	site: ['model', 'diagrams', 'load', 'cards', 'render', 'publish', 'article'],
	styles: ['model'],
};
const UPPER = ['integrations', 'components', 'layouts', 'pages', 'cli'];

const folder = (name) => `^src/${name}/`;

module.exports = {
	forbidden: [
		{
			name: 'no-folder-cycle',
			comment: 'Folders import each other one way only: a cycle between folders means the flow runs backwards.',
			severity: 'error',
			scope: 'folder',
			from: { path: '^src/' },
			to: { circular: true },
		},
		{
			name: 'no-file-cycle',
			comment: 'Two modules that import each other are one module, or share a third that both should import.',
			severity: 'error',
			from: {},
			to: { circular: true },
		},
		...Object.entries(LAYERS).map(([name, allowed]) => ({
			name: `flow-${name}`,
			comment: `src/${name}/ may import only ${allowed.length ? allowed.map((a) => `src/${a}/`).join(', ') : 'nothing else in src/'} and the shared modules.`,
			severity: 'error',
			from: { path: folder(name) },
			to: { path: '^src/', pathNot: [folder(name), ...allowed.map(folder), ...SHARED] },
		})),
		{
			name: 'flow-shared',
			comment: 'config.ts, consts.ts and urls.ts are read by every folder, so they import no folder.',
			severity: 'error',
			from: { path: SHARED },
			to: { path: '^src/', pathNot: SHARED },
		},
		{
			name: 'flow-upper',
			comment:
				'Pages, components, layouts, integrations and the CLI come last: no folder below them imports them.',
			severity: 'error',
			from: { path: Object.keys(LAYERS).map(folder).concat(SHARED) },
			to: { path: UPPER.map(folder) },
		},
		{
			name: 'site-ships-no-tooling',
			comment: 'What the site ships imports no benchmark, test helper or end-to-end spec.',
			severity: 'error',
			from: { path: '^src/', pathNot: '\\.test\\.ts$' },
			to: { path: '^(bench|test|e2e)/' },
		},
		{
			name: 'not-to-unresolvable',
			comment: 'An import that does not resolve is a typo or a missing dependency.',
			severity: 'error',
			from: {},
			to: { couldNotResolve: true, pathNot: '^astro:' },
		},
	],
	options: {
		doNotFollow: { path: 'node_modules' },
		exclude: { path: ['\\.test\\.ts$', '^src/diagrams/golden/', '^src/model/golden/'] },
		tsPreCompilationDeps: true,
		tsConfig: { fileName: 'tsconfig.json' },
		extraExtensionsToScan: ['.astro'],
		enhancedResolveOptions: {
			exportsFields: ['exports'],
			conditionNames: ['import', 'require', 'node', 'default', 'types'],
			extensions: ['.ts', '.js', '.mjs', '.astro'],
		},
	},
};
