import { describe, expect, it } from 'vitest';
import { evaluateKept, parseKeep } from '../../../src/islands/collaboration/model';
import { collaborationPayload } from '../../../src/figures/data/collaboration';
import { evaluateHost } from '../../../src/lib/host-forward';

describe('collaboration widget model', () => {
  it('reads the kept circles from the URL, dropping what is not a circle with a notice', () => {
    expect(parseKeep(null, 29, [24, 6])).toEqual({ keep: [24, 6], notices: [] });
    expect(parseKeep('', 29, [24, 6]).keep).toEqual([]);
    const r = parseKeep('3,3,abc,0,30,<script>,12', 29, [1]);
    expect(r.keep).toEqual([3, 12]);
    expect(r.notices.map((n) => n.raw)).toEqual(['abc', '0', '30', '<script>']);
    expect(parseKeep('1,'.repeat(200), 29, [5]).keep).toEqual([5]);
  });

  it('on the hero run: all survivors ≈ the trained model; one circle is far worse; none is near chance', () => {
    const payload = collaborationPayload();
    expect(payload, 'the hero run is not cached: run npm run reference').not.toBeNull();
    const full = evaluateHost(payload!.params);
    const survivors = evaluateKept(payload!, payload!.circles);
    const one = evaluateKept(payload!, payload!.circles.slice(0, 1));
    const none = evaluateKept(payload!, []);
    expect(survivors.accuracy).toBe(1);
    expect(survivors.loss).toBeLessThan(10 * full.loss + 1e-3);
    expect(one.loss).toBeGreaterThan(100 * survivors.loss);
    expect(none.loss).toBeGreaterThan(0.5 * Math.log(59));
  });
});
