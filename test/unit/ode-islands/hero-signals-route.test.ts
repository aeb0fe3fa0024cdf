// /data/hero-signals.json is part of the service worker's versioned file set: if it held a
// build-time clock reading, two builds of the same sources would differ and every reader's
// offline copy would be thrown away on each deploy.
import { describe, expect, it } from 'vitest';
import { GET } from '../../../src/pages/data/hero-signals.json';

async function body(): Promise<string> {
  const response = await (GET as unknown as () => Response | Promise<Response>)();
  return response.text();
}

describe('/data/hero-signals.json', () => {
  it('is the same bytes on every build and ships no wall times', async () => {
    const first = await body();
    const second = await body();
    expect(second).toBe(first);
    const payload = JSON.parse(first) as { fits: Record<string, unknown>[] };
    expect(payload.fits.length).toBe(2);
    for (const fit of payload.fits) expect(Object.keys(fit)).not.toContain('ms');
  }, 60_000);
});
