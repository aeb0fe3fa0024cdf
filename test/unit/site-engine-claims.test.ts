// Numbers that the section pages state about our own sweep (marked <Src of="engine" />) are written
// in the prose; they must say what the manifest actually runs, in both languages.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DIMENSIONS, DIMENSION_SEEDS, DIMENSION_STEPS } from '../../src/reference/manifest';
import { measure } from '../../src/figures/analyses/claims';

const section = (lang: 'en' | 'ja') => readFileSync(`content/sections/${lang}/04-dimension.mdx`, 'utf8');
const fmt = (n: number) => n.toLocaleString('en-US');

describe('the dimension section describes the manifest’s sweep', () => {
  const lo = Math.min(...DIMENSIONS);
  const hi = Math.max(...DIMENSIONS);
  it('in English', () => {
    const en = section('en');
    expect(en).toContain(
      `${['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'][DIMENSIONS.length]} widths from $d = ${lo}$ to\n$d = ${hi}$, ${DIMENSION_SEEDS.length} seeds at each, ${fmt(DIMENSION_STEPS)} steps per run<Src of="engine" />`,
    );
  });
  it('in Japanese', () => {
    const ja = section('ja');
    expect(ja).toContain(
      `$d = ${lo}$ から $d = ${hi}$ までの ${DIMENSIONS.length} 通りの次元で、それぞれ ${DIMENSION_SEEDS.length} 個のシード、1 回あたり ${fmt(DIMENSION_STEPS)} ステップです<Src of="engine" />`,
    );
  });
});

// The summary and the sections quote the reproduction page's statistics through <Stat of="…" />
// (computed at build time, the same code as the page's table). What stays hand-written is
// recomputed here from the reference cache, and every hand-written verdict is checked against
// the interval's verdict, so a sentence cannot claim more than the statistics allow.

const page = (lang: 'en' | 'ja', name: string) => readFileSync(`content/pages/${lang}/${name}.mdx`, 'utf8');
const chapter = (lang: 'en' | 'ja', file: string) => readFileSync(`content/sections/${lang}/${file}.mdx`, 'utf8');
const ALL = ['01-ecology', '02-setup', '03-circles', '04-dimension', '05-fitness', '06-collaboration', '07-lotka-volterra', '08-discussion'];

describe('the prose quotes the reproduction statistics, not hand-typed copies', () => {
  it('the summary and the chapters take each quoted statistic from <Stat />', () => {
    for (const lang of ['en', 'ja'] as const) {
      const summary = page(lang, 'summary');
      for (const of of ['few-survive', 'dimension', 'signal', 'perturbation', 'collaboration'])
        expect(summary, `${lang} summary: ${of}`).toContain(`<Stat of="${of}" />`);
      expect(chapter(lang, '04-dimension')).toContain('<Stat of="dimension" />');
      expect(chapter(lang, '05-fitness')).toContain('<Stat of="perturbation" />');
      expect(chapter(lang, '06-collaboration')).toContain('<Stat of="collaboration" />');
      expect(chapter(lang, '04-dimension')).toContain('<Stat of="modulus" />');
      expect(chapter(lang, '08-discussion')).toContain('<Stat of="weight-decay" />');
      for (const file of ['03-circles', '06-collaboration', '07-lotka-volterra'])
        expect(chapter(lang, file), `${lang} ${file}`).toContain('<Stat of="hero-place" />');
    }
  });

  it('no page types a correlation or an interval of our own by hand', () => {
    for (const lang of ['en', 'ja'] as const) {
      for (const text of [...ALL.map((f) => chapter(lang, f)), page(lang, 'summary'), page(lang, 'home')]) {
        expect(text).not.toMatch(/\br = [−-]?0\.\d/);
        expect(text).not.toMatch(/\[[−-]?\d+(\.\d+)?,\s*[−+]?\d+(\.\d+)?\]/);
      }
    }
  });
});

describe('hand-written engine numbers in the summary match the manifest', () => {
  it('in English', () => {
    const en = page('en', 'summary');
    expect(en).toContain(`50 seeds per embedding size<Src of="code" />; our engine runs ${DIMENSION_SEEDS.length}.`);
  });
  it('in Japanese', () => {
    const ja = page('ja', 'summary');
    expect(ja).toContain(`次元ごとに 50 シード<Src of="code" />、私たちは ${DIMENSION_SEEDS.length} です。`);
  });
});

describe('hand-written verdicts say no more than the intervals allow', async () => {
  const m = await measure();
  const st = m.stats;

  // What the summary's "How sure we are" line says about the nudge test, for each verdict it can get.
  const NUDGE: Record<'same-direction' | 'inconclusive' | 'contradicts', { en: string; ja: string }> = {
    'same-direction': { en: "our engine's fewer runs point the same way, its nudge test included.", ja: '私たちの実行も押し上げ実験も同じ向きです。' },
    inconclusive: {
      en: "our engine's fewer runs point the same way, but its nudge test is inconclusive.",
      ja: '私たちの実行も同じ向きで、押し上げ実験は判定できません。',
    },
    contradicts: {
      en: "our engine's fewer runs point the same way, except its nudge test, which points the other way.",
      ja: '私たちの実行も同じ向きですが、押し上げ実験だけは逆向きです。',
    },
  };

  it('the summary says of the nudge test exactly what its interval allows', () => {
    expect(page('en', 'summary')).toContain('Our\n  test of it: <Stat of="perturbation" />');
    expect(page('ja', 'summary')).toContain('私たちの実験では <Stat of="perturbation" />');
    const words = NUDGE[st.perturbation.verdict];
    expect(page('en', 'summary')).toContain(words.en);
    expect(page('ja', 'summary')).toContain(words.ja);
    // And no other verdict's words.
    for (const [verdict, other] of Object.entries(NUDGE))
      if (verdict !== st.perturbation.verdict) {
        expect(page('en', 'summary')).not.toContain(other.en);
        expect(page('ja', 'summary')).not.toContain(other.ja);
      }
  });

  it('"our runs point the same way" holds for every headline claim with an interval', () => {
    expect(page('en', 'summary')).toContain("our engine's fewer runs point the same way");
    expect(page('ja', 'summary')).toContain('私たちの実行も');
    for (const s of [st.fewSurvive, st.fittest, st.dimension]) expect(s.verdict).toBe('same-direction');
  });

  it('the showcase run is said to sit at the low end only while it has the fewest circles', () => {
    expect(chapter('en', '03-circles')).toContain('sits at the low end of our runs');
    expect(chapter('ja', '03-circles')).toContain('円が少ない側にあり');
    expect(chapter('en', '07-lotka-volterra')).toContain('it has fewer survivors than\nmost');
    expect(chapter('ja', '07-lotka-volterra')).toContain('ほかの多くの実行より少なめです');
    const h = m.heroPlace!;
    expect(h.fewer).toBe(0);
    expect(h.more).toBeGreaterThan(h.seeds / 2);
  });
});
