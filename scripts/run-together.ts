/**
 * `tsx scripts/run-together.ts a b …`: runs the npm scripts a, b, … at the same time and fails if
 * any of them fails. `npm test` uses it for the checks that are each single-threaded (the two type
 * checks, the linter and the formatter), so that a 2-core machine does them in about half the
 * time. Each script's output is held back and printed whole when it ends, so logs stay readable.
 */
import { spawn } from 'node:child_process';

const names = process.argv.slice(2);
if (names.length === 0) {
  console.error('run-together: name at least one npm script');
  process.exit(2);
}

function run(name: string): Promise<{ name: string; code: number; output: string; seconds: number }> {
  const started = performance.now();
  return new Promise((done) => {
    const child = spawn('npm', ['run', '--silent', name], { stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stderr.on('data', (c: Buffer) => chunks.push(c));
    child.on('close', (code, signal) =>
      done({ name, code: code ?? (signal ? 1 : 0), output: Buffer.concat(chunks).toString('utf8'), seconds: (performance.now() - started) / 1000 }),
    );
  });
}

const results = await Promise.all(names.map(run));
for (const r of results) {
  console.log(`\n> ${r.name}: ${r.code === 0 ? 'passed' : `FAILED (exit ${r.code})`} in ${r.seconds.toFixed(1)} s`);
  if (r.output.trim()) console.log(r.output.trimEnd());
}
process.exit(results.some((r) => r.code !== 0) ? 1 : 0);
