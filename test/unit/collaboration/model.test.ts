import { describe, expect, it } from 'vitest';
import { evaluateKept } from '../../../src/islands/collaboration/model';
import { readCollaborationState } from '../../../src/lib/state/collaboration';
import { collaborationPayload } from '../../../src/figures/data/collaboration';
import { evaluateHost } from '../../../src/lib/host-forward';

describe('collaboration widget model', () => {
  it('reads the kept circles from the URL, dropping what is not a circle with a notice', () => {
    const keep = (q: string, fallback: number[]) => readCollaborationState(29, fallback, q);
    expect(keep('', [24, 6])).toEqual({ state: { keep: [6, 24], model: 'ref' }, notices: [] });
    expect(keep('collab.keep=', [24, 6]).state.keep).toEqual([]);
    const r = keep(`collab.keep=${encodeURIComponent('3,3,abc,0,30,<script>,12')}`, [1]);
    expect(r.state.keep).toEqual([3, 12]);
    expect(r.notices.map((n) => n.raw)).toEqual(['abc', '0', '30', '<script>']);
    expect(keep(`collab.keep=${'1,'.repeat(200)}`, [5]).state.keep).toEqual([5]);
    expect(keep('collab.keep=24,6&collab.model=lab', [1]).state).toEqual({ keep: [6, 24], model: 'lab' });
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
