// Numbers that the section pages state about our own sweep (marked <Src of="engine" />) are written
// in the prose; they must say what the manifest actually runs, in both languages.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DIMENSIONS, DIMENSION_SEEDS, DIMENSION_STEPS } from '../../src/reference/manifest';

const section = (lang: 'en' | 'ja') => readFileSync(`content/sections/${lang}/04-dimension.mdx`, 'utf8');
const fmt = (n: number) => n.toLocaleString('en-US');

describe('the dimension section describes the manifest’s sweep', () => {
  const lo = Math.min(...DIMENSIONS);
  const hi = Math.max(...DIMENSIONS);
  it('in English', () => {
    const en = section('en');
    expect(en).toContain(`${['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'][DIMENSIONS.length]} widths from $d = ${lo}$ to\n$d = ${hi}$, ${DIMENSION_SEEDS.length} seeds at each, ${fmt(DIMENSION_STEPS)} steps per run<Src of="engine" />`);
  });
  it('in Japanese', () => {
    const ja = section('ja');
    expect(ja).toContain(`$d = ${lo}$ から $d = ${hi}$ までの ${DIMENSIONS.length} 通りの次元で、それぞれ ${DIMENSION_SEEDS.length} 個のシード、1 回あたり ${fmt(DIMENSION_STEPS)} ステップです<Src of="engine" />`);
  });
});
