// @ts-check
/**
 * Lint: typescript-eslint's recommended rules (real problems, not style; style is prettier's) and
 * the import boundaries that keep the layers honest (README, "Code map"):
 *   src/lib  ←  src/reference  ←  src/cli          (no DOM, nothing above them)
 *   src/lib, src/reference, src/i18n  ←  src/figures  ←  src/islands  ←  src/components, src/pages
 * Islands talk to each other only through src/islands/training's public modules. Nothing in src
 * imports test/. Astro components are linted for imports only (frontmatter and client scripts, see astroScripts).
 */
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** An import path that climbs into one of these top-level folders of src (or into test/). */
const into = (...dirs) => `^(\\.{1,2}/)*(${dirs.join('|')})/`;
const rule = (regex, message) => ({ regex, message });

const noTest = rule('^(\\.\\./)+test/', 'Production code must not read test/: give the data a home under src/ or reference/.');
const boundaries = (...extra) => ['error', { patterns: [noTest, ...extra] }];

/** Islands may use only these modules of the shared training client; everything else in another island is internal. */
const TRAINING_PUBLIC = ['client', 'protocol', 'last-run'];

/**
 * The TypeScript of an .astro file, its frontmatter (between the two `---` fences) and its client
 * <script> blocks, with every other line blanked so reported line numbers stay right. Only the import
 * rules run on it; the templates themselves are type-checked by tsc through `astro sync`.
 */
const astroScripts = {
  preprocess(text) {
    const lines = text.split('\n');
    const close = lines[0]?.trim() === '---' ? lines.indexOf('---', 1) : -1;
    let inScript = false;
    const kept = lines.map((line, i) => {
      if (i > 0 && i < close) return line;
      if (/^\s*<\/script>/.test(line)) inScript = false;
      const keep = inScript;
      if (/^\s*<script(?![^>]*is:inline)[^>]*>\s*$/.test(line)) inScript = true;
      return keep ? line : '';
    });
    return [{ text: kept.join('\n'), filename: 'scripts.ts' }];
  },
  postprocess: (messages) => messages.flat(),
  supportsAutofix: false,
};

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      '.astro/**',
      'node_modules/**',
      'test/.out/**',
      'bench/out/**',
      '.cache/**',
      'tmp/**',
      'reference/**',
      'public/**',
      'src/lib/engine/fused/assembly/**',
      'src/lib/engine/fused/*.generated.*',
    ],
  },
  {
    files: ['**/*.ts', '**/*.mjs', '**/*.js'],
    ignores: ['**/*.astro/*.ts'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    rules: {
      // Unused names are errors, but a leading underscore marks a deliberately ignored one.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Types of Node and browser globals come from tsconfig; tsc already reports unknown names.
      'no-undef': 'off',
    },
  },
  // Tests and benchmarks reach into page globals (window.fittestEngine, playwright handles) where `any` is the honest type.
  { files: ['test/**/*.ts', 'bench/**/*.ts'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
  { files: ['**/*.astro'], plugins: { local: { processors: { astro: astroScripts } } }, processor: 'local/astro' },
  { files: ['**/*.astro/*.ts'], languageOptions: { parser: tseslint.parser }, rules: {} },
  { files: ['src/**/*.ts', 'src/**/*.astro', 'src/**/*.astro/*.ts'], rules: { 'no-restricted-imports': boundaries() } },
  {
    files: ['src/lib/**/*.ts'],
    rules: {
      'no-restricted-imports': boundaries(
        rule(
          into('reference', 'cli', 'figures', 'islands', 'components', 'pages', 'layouts', 'i18n', 'plugins'),
          'src/lib is the bottom layer: it imports nothing above it.',
        ),
      ),
    },
  },
  {
    files: ['src/reference/**/*.ts'],
    rules: {
      'no-restricted-imports': boundaries(
        rule(into('cli', 'figures', 'islands', 'components', 'pages', 'layouts', 'i18n', 'plugins'), 'src/reference builds on src/lib only.'),
      ),
    },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': boundaries(
        rule(into('figures', 'islands', 'components', 'pages', 'layouts', 'i18n', 'plugins'), 'src/cli builds on src/lib and src/reference only.'),
      ),
    },
  },
  {
    files: ['src/figures/**/*.ts', 'src/figures/**/*.astro', 'src/figures/**/*.astro/*.ts'],
    rules: {
      'no-restricted-imports': boundaries(
        rule(into('islands', 'components', 'pages', 'layouts'), 'src/figures sits below the islands: move what both need to src/figures, src/i18n or src/lib.'),
      ),
    },
  },
  {
    files: ['src/islands/**/*.ts', 'src/islands/**/*.astro', 'src/islands/**/*.astro/*.ts'],
    rules: {
      'no-restricted-imports': boundaries(
        rule(
          `^\\.\\./(?!training/(${TRAINING_PUBLIC.join('|')})$)[\\w-]+/`,
          `An island may import another island only through src/islands/training/{${TRAINING_PUBLIC.join(',')}}.`,
        ),
        rule(into('pages', 'layouts'), 'Islands do not import pages or layouts.'),
      ),
    },
  },
);
