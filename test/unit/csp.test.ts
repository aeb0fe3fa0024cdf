import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { addPolicy, policyFor } from '../../scripts/csp';

describe('Content-Security-Policy post-build step', () => {
  const page =
    '<!doctype html><html><head><meta charset="utf-8"><script>var a=1</script><script type="module" src="/x.js"></script></head><body><script type="module">import "/y.js"</script></body></html>';

  it('hashes each inline script and allows no inline script otherwise', () => {
    const p = policyFor(page);
    const h = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
    expect(p).toContain(h('var a=1'));
    expect(p).toContain(h('import "/y.js"'));
    const scriptSrc = p.split('; ').find((d) => d.startsWith('script-src'))!;
    expect(scriptSrc).not.toContain('unsafe-inline');
    expect(scriptSrc).toContain("'wasm-unsafe-eval'");
    expect(p).toContain("default-src 'self'");
    expect(p).toContain("object-src 'none'");
  });

  it('puts the policy before the first script and replaces an older one', () => {
    const once = addPolicy(page);
    expect(once.indexOf('Content-Security-Policy')).toBeLessThan(once.indexOf('<script'));
    const twice = addPolicy(once);
    expect(twice.match(/Content-Security-Policy/g)).toHaveLength(1);
    expect(twice).toBe(once);
  });
});
