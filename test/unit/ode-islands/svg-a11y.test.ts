import { describe, expect, it } from 'vitest';
import { renderToString } from '../../../src/figures/render';
import { interactionMatrixSpec } from '../../../src/figures/specs/ode-interaction-matrix';
import { accessibleSvgString } from '../../../src/figures/svg-a11y';

describe('accessibleSvgString', () => {
  it('names the chart once and moves every mark label to data-mark, cells still in row-major order', () => {
    const A = Array.from({ length: 9 }, (_, k) => (k % 2 ? -k : k) / 100);
    const raw = renderToString(interactionMatrixSpec({ A, d: 3, survivors: [2], edited: [{ i: 1, j: 3 }] }, { description: 'matrix' }));
    // renderToString already moves mark labels off <g> (src/figures/svg-dom.ts); the helper must keep it so.
    expect(raw).not.toMatch(/<g[^>]*aria-label=/);
    expect(raw).toMatch(/<g[^>]*data-mark="cell"/);
    const out = accessibleSvgString(raw, 'Matrix "A"');
    expect(out.match(/aria-label=/g)).toHaveLength(1);
    expect(out).toMatch(/^<svg role="img" aria-label="Matrix &quot;A&quot;"/);
    const cells = /<g[^>]*data-mark="cell"[^>]*>(.*?)<\/g>/.exec(out)![1]!;
    expect(cells.match(/<rect/g)).toHaveLength(9);
    // Survivor 2 is marked on both axes.
    expect(out.match(/●2/g)).toHaveLength(2);
  });
});
