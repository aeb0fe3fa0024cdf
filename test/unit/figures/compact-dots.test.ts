import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { compactDots, compactGeometry } from '../../../src/figures/svg-dom';

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

describe('compactGeometry: lines, rules and ticks without 15-digit coordinates', () => {
  it('writes every long number of a path, a rule and a transform to 0.1 px, and leaves short ones and other attributes alone', () => {
    const root = svg(
      '<g><path d="M10.04999,349.30870788230465L-6,0.5C1.25e-7,3.96" fill-opacity="0.15"/><line x1="40" y1="325.75301895421904" x2="620.25" y2="325.753"/>' +
        '<path transform="translate(40,349.30870788230465)" d="M0,0L-6,0"/><text x="12.3456" y="1">1.23456</text></g>',
    );
    compactGeometry(root);
    expect(root.innerHTML).toBe(
      '<g><path d="M10,349.3L-6,0.5C0,4" fill-opacity="0.15" /><line x1="40" y1="325.8" x2="620.3" y2="325.8" />' +
        '<path transform="translate(40,349.3)" d="M0,0L-6,0" /><text x="12.3" y="1">1.23456</text></g>',
    );
  });

  it('keeps the chart size and viewBox of nested svgs (legend swatches)', () => {
    const root = svg('<svg width="15.123" height="15.5555" viewBox="0 0 15.123 15.5555"><rect x="0.333" width="100%"/></svg>');
    compactGeometry(root);
    expect(root.innerHTML).toBe('<svg width="15.123" height="15.5555" viewBox="0 0 15.123 15.5555"><rect x="0.3" width="100%" /></svg>');
  });
});
