/**
 * Issue 16: the figure code and the pages look their words up in defineStrings dictionaries
 * (src/i18n/strings.ts), where each language's table holds the whole sentence in its own word
 * order. This scan fails when the old inline pairs come back in src/figures or src/pages: the
 * removed helper `L(lang, 'English', '日本語')`, or a ternary on the language
 * (`lang === 'ja' ? … : …`) choosing between two wordings.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
// src/i18n is left out: it is where the dictionaries live and where a language picks a measure
// (characters or words per minute) rather than a wording.
const SCANNED = ['src/figures', 'src/pages', 'src/islands', 'src/components', 'src/layouts'];

/** Block comments and line comments (not "//" inside a URL string: those follow a colon). */
function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' ')).replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

/** A call of a function named exactly L, on one line or with its arguments on the next. */
const L_CALL = /(^|[^\w.$])L\s*\(/;
/** A conditional on a language value: `lang === 'ja' ?`, `x.lang !== "en" ?`, `language == 'ja' ?`. */
const LANG_TERNARY = /\b(lang|language)\s*[!=]==?\s*['"](en|ja)['"]\s*\?/;

/** "file:line: text" for every line of `source` that picks a wording inline. */
function inlinePairs(file: string, source: string): string[] {
  return withoutComments(source)
    .split('\n')
    .flatMap((line, i) => (L_CALL.test(line) || LANG_TERNARY.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : []));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.(ts|mts|astro)$/.test(e.name) ? [path] : [];
  });
}

describe('one string helper', () => {
  it('the scan recognises an inline pair in each of its forms, and leaves other code alone', () => {
    const flagged = [
      "const title = L(lang, 'Reproduction', '再現');",
      'const caption = L(\n  lang,',
      '<h2>{L(lang, "How we measured", "測り方")}</h2>',
      "const sep = lang === 'ja' ? '、' : ', ';",
      "label: opts.lang !== \"en\" ? '学習ステップ' : 'training step',",
      "const name = language == 'ja' ? `シード ${s}` : `seed ${s}`;",
    ];
    for (const code of flagged) expect(inlinePairs('probe.ts', code), code).toHaveLength(1);
    const allowed = [
      "const url = new URL('https://example.org/x'); // URL(",
      "const t = fillTemplate(tr('key'), vars);",
      'const x = Plot.L(3); const y = myL(2);',
      "// L(lang, 'old', '旧') in a comment",
      "/* lang === 'ja' ? a : b */ const z = 1;",
      "if (lang !== 'ja') return name;",
    ];
    for (const code of allowed) expect(inlinePairs('probe.ts', code), code).toEqual([]);
  });

  it('the figures, pages, islands, components and layouts look every wording up in a dictionary', () => {
    const files = SCANNED.flatMap((dir) => sourceFiles(join(ROOT, dir)));
    // The scan must actually read the builders and the pages, or an empty result proves nothing.
    const names = files.map((f) => relative(ROOT, f));
    expect(names).toContain('src/figures/builders/reproduction.ts');
    expect(names).toContain('src/pages/[lang]/reproduction.astro');
    expect(names).toContain('src/islands/fitness/view.ts');
    expect(names).toContain('src/components/SummaryLead.astro');
    const found = files.flatMap((f) => inlinePairs(relative(ROOT, f), readFileSync(f, 'utf8')));
    expect(found, 'use a defineStrings dictionary (src/i18n/strings.ts) instead').toEqual([]);
  });
});
