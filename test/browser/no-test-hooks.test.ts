// The production build carries no test hooks: the tests reach into the training worker from
// outside (Playwright's worker.evaluate and tfjs's own engine global), so nothing in dist/ exists
// only for them. A name below appearing in a built script means a hook crept back in.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from '../support/built-pages';

/** Names the lab once exposed for tests, and the worker messages behind them. */
const HOOKS = ['loseContextForTest', 'requestStats', 'runFile(', 'lose-context', 'statsWaiters'];

describe('the production build', () => {
  it('contains no test hook in any script', () => {
    const dir = join(DIST, '_astro');
    expect(existsSync(dir), `${dir} is missing: run the build first`).toBe(true);
    const scripts = readdirSync(dir).filter((name) => name.endsWith('.js'));
    expect(scripts.some((name) => name.startsWith('training.worker'))).toBe(true);
    const found: string[] = [];
    for (const name of scripts) {
      const js = readFileSync(join(dir, name), 'utf8');
      for (const hook of HOOKS) if (js.includes(hook)) found.push(`${name}: ${hook}`);
    }
    expect(found).toEqual([]);
  });
});
