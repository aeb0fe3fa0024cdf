import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { compactDots } from '../../../src/figures/svg-dom';

const svg = (inner: string) => parseHTML(`<html><body><svg>${inner}</svg></body></html>`).document.querySelector('svg')!;

describe('compactDots: scatter plots without 15-digit positions and repeated fills', () => {
  it('rounds dot positions to 0.1 px and writes a fill shared by every dot once, on the mark', () => {
    const root = svg(
      '<g><circle fill="#9ca3af" r="2.5" cx="242.66959769299865" cy="182.222218308619"/><circle fill="#9ca3af" r="2.5" cx="10.04" cy="-3.96"/></g>',
    );
    compactDots(root);
    expect(root.innerHTML).toBe('<g fill="#9ca3af"><circle r="2.5" cx="242.7" cy="182.2" /><circle r="2.5" cx="10" cy="-4" /></g>');
  });

  it('leaves different fills on their dots, and a mark with other children alone', () => {
    const mixed = svg('<g><circle fill="red" cx="1" cy="1"/><circle fill="blue" cx="2" cy="2"/></g>');
    compactDots(mixed);
    expect(mixed.querySelector('g')!.hasAttribute('fill')).toBe(false);
    expect([...mixed.querySelectorAll('circle')].map((c) => c.getAttribute('fill'))).toEqual(['red', 'blue']);
    const withPath = svg('<g><circle fill="red" cx="1" cy="1"/><path fill="red" d="M0,0"/></g>');
    compactDots(withPath);
    expect(withPath.querySelector('g')!.hasAttribute('fill')).toBe(false);
  });
});
