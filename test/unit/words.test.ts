// Pure helpers behind issue 14's pages: end-label spreading and the τ line of the key figure,
// reading time, and the Japanese figure-table headers.
import { describe, expect, it } from 'vitest';
import { dodgeLabels, thresholdRows } from '../../src/figures/specs/signal-evolution';
import { countWords, proseOf, readingMinutes } from '../../src/i18n/reading-time';
import { columnLabel } from '../../src/figures/table-headers';
import { chartSvg, previewSvg } from '../../src/figures/preview-image';

describe('key figure', () => {
  it('spreads end labels that would overlap, keeping their order, and leaves distant ones alone', () => {
    const y = dodgeLabels([99.5, 115.7, 95.9], 8);
    expect(y[1]).toBe(115.7);
    expect(y[0]).toBe(99.5);
    expect(y[0]! - y[2]!).toBeGreaterThanOrEqual(8);
    expect(dodgeLabels([10, 50], 5)).toEqual([10, 50]);
  });

  it('τ is twice the mean of all p signals, both halves and the DC term', () => {
    // p = 5: half spectrum S_0..S_2; full = S0, S1, S2, S2, S1.
    const rows = thresholdRows({
      p: 5,
      steps: [0, 9],
      signals: [
        [1, 2, 3],
        [0, 10, 0],
      ],
      circles: [1],
    });
    expect(rows).toEqual([
      { x: 1, tau: (2 * (1 + 2 * 2 + 2 * 3)) / 5 },
      { x: 10, tau: (2 * 20) / 5 },
    ]);
  });
});

describe('reading time', () => {
  it('counts prose, not frontmatter, tags, math or link targets', () => {
    const mdx = '---\ntitle: "x y z"\n---\nOne two <Src of="code" /> three [four](/en/a/b/).\n\n$$\na + b + c\n$$\n';
    expect(countWords(proseOf(mdx))).toBe(4);
    expect(readingMinutes('en', 'word '.repeat(230 * 4))).toBe(4);
    expect(readingMinutes('ja', 'あ'.repeat(500 * 3))).toBe(3);
    expect(readingMinutes('en', 'short')).toBe(1);
  });
});

describe('figure tables in Japanese', () => {
  it('translates the builders’ column names and keeps symbols', () => {
    expect(columnLabel('ja', 'mean circles')).toBe('円の数の平均');
    expect(columnLabel('ja', 'loss (all pairs)')).toBe('損失（全組）');
    expect(columnLabel('ja', 'S_k at step 1000')).toBe('ステップ 1000 の S_k');
    expect(columnLabel('ja', 'test loss B')).toBe('テスト損失 B');
    expect(columnLabel('ja', 'S_25(0) - mean S(0)')).toBe('S_25(0) − S(0) の平均');
    expect(columnLabel('ja', 'S_3')).toBe('S_3');
    expect(columnLabel('en', 'mean circles')).toBe('mean circles');
  });
});

describe('link-preview card', () => {
  it('finds the chart among legend swatches and scales it into the card', () => {
    const markup = '<figure><div><svg width="15" height="15"></svg></div><svg class="plot" width="600" height="300" viewBox="0 0 600 300"><g/></svg></figure>';
    expect(chartSvg(markup)).toContain('class="plot"');
    const card = previewSvg(markup, 'Fittest · <test>');
    expect(card).toContain('width="1200" height="630"');
    expect(card).toMatch(/<svg x="[\d.]+" y="[\d.]+" class="plot" width="1040\.0" height="520\.0"/);
    expect(card).toContain('Fittest · &lt;test&gt;');
  });
});
