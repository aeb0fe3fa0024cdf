import { describe, expect, it } from 'vitest';
import { figureNumber, slotIds } from '../../../src/figures/numbering';

describe('figure numbers', () => {
  it('reads slot ids in source order', () => {
    expect(
      slotIds('a <FigureSlot id="fig-a" kind="figure" title="A" />\n<FigureSlot kind="widget" id="widget-b" title="B" /> <FigureSlot id="fig-c" />'),
    ).toEqual(['fig-a', 'widget-b', 'fig-c']);
  });
  it('numbers a section’s figures and widgets together, prefixed by the section number, in both languages', () => {
    expect(figureNumber('/en/explainer/dimension/', 'fig-circles-vs-dim')).toBe('4.1');
    expect(figureNumber('/en/explainer/dimension/', 'widget-dimension')).toBe('4.2');
    expect(figureNumber('/ja/explainer/dimension/', 'widget-dimension')).toBe('4.2');
    expect(figureNumber('/en/explainer/lotka-volterra/', 'widget-two-species')).toMatch(/^7\.\d$/);
    expect(figureNumber('/en/explainer/dimension/', 'fig-nowhere')).toBe(null);
    expect(figureNumber('/en/', 'key-figure')).toBe(null);
  });
});
