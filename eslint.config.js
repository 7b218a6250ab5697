/**
 * ESLint for the whole repository: typescript-eslint's type-checked recommended rules on every TypeScript file and on
 * the frontmatter of every Astro component (through eslint-plugin-astro's parser), with eslint-plugin-astro's own
 * rules. `npm run lint` runs it with `--max-warnings 0`. Types come from tsconfig.json through the project service,
 * so Astro's generated `astro:content` types must exist first: `npm run lint` runs `astro sync` before eslint.
 */
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
	{
		ignores: [
			'dist/',
			'dist-fixtures/',
			'dist-base/',
			'.astro/',
			'node_modules/',
			'test-results/',
			'playwright-report/',
			'public/',
		],
	},
	js.configs.recommended,
	...tseslint.configs.recommendedTypeChecked,
	...astro.configs['flat/recommended'],
	{
		languageOptions: {
			globals: { ...globals.node, ...globals.browser },
			parserOptions: {
				projectService: true,
				tsconfigRootDir: import.meta.dirname,
				extraFileExtensions: ['.astro'],
			},
		},
		linterOptions: { reportUnusedDisableDirectives: 'error' },
		rules: {
			// Matching control characters is the point where the code does it: ANSI colour codes stripped from tools'
			// output, and control characters refused in authors' data and in Mermaid labels.
			'no-control-regex': 'off',
			// `declare global { namespace App { interface Locals … } }` is how Astro types Astro.locals.
			'@typescript-eslint/no-namespace': ['error', { allowDeclarations: true }],
		},
	},
	{
		// astro-eslint-parser reads types through tsconfig.json itself (it has no project service).
		files: ['**/*.astro'],
		languageOptions: { parserOptions: { projectService: false, project: true } },
		// In a template, TypeScript sees JSX elements and imported components as the error type (astro-eslint-parser
		// gives it no types for Astro's markup), so these rules would flag every `{list.map((x) => <li>…</li>)}`. The
		// frontmatter is still type-checked by `astro check`, which knows the markup.
		rules: {
			'@typescript-eslint/no-unsafe-assignment': 'off',
			'@typescript-eslint/no-unsafe-return': 'off',
			'@typescript-eslint/no-unsafe-member-access': 'off',
			'@typescript-eslint/no-unsafe-call': 'off',
			'@typescript-eslint/no-unsafe-argument': 'off',
		},
	},
	{
		// The scripts that Astro bundles for the browser (`<script>` in a component) are linted as TypeScript, but
		// they are virtual files the type checker does not know: lint them without types.
		files: ['**/*.astro/*.ts', '**/*.astro/*.js'],
		...tseslint.configs.disableTypeChecked,
	},
	{
		files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
		...tseslint.configs.disableTypeChecked,
	},
	{
		files: ['**/*.cjs'],
		languageOptions: { sourceType: 'commonjs' },
	},
);
