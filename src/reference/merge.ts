/**
 * `npm run reference -- --merge DIR...`: bring the results of several shard folders into one cache
 * folder. Every file is inspected (validate.ts); a truncated or invalid file is reported and
 * skipped; a different result under a key that is already present (in the target or in another
 * shard folder) is a conflict, and then nothing at all is written. Identical files are no-ops, so
 * merging twice changes nothing. Node only.
 */
import { existsSync, linkSync, mkdirSync, readFileSync, readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cachePath } from './cache';
import { inspectCacheFile } from './validate';
import type { RunSpec } from './spec';

export interface MergeReport {
  added: string[];
  alreadyPresent: string[];
  /** "path: reason" for each truncated or invalid file, which was skipped. */
  skipped: string[];
  /** Messages naming both files of each conflict; when any, nothing was written. */
  conflicts: string[];
}

export function mergeCaches(sources: readonly string[], target: string, specs: readonly RunSpec[]): MergeReport {
  const byId = new Map(specs.map((s) => [s.id, s]));
  const report: MergeReport = { added: [], alreadyPresent: [], skipped: [], conflicts: [] };
  /** key → the file (and bytes) that will be written for it. */
  const incoming = new Map<string, { path: string; bytes: string; id: string }>();
  for (const dir of sources) {
    if (!existsSync(dir)) {
      report.skipped.push(`${dir}: no such folder`);
      continue;
    }
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
      const found = inspectCacheFile(join(dir, name), byId);
      if (found.kind !== 'valid') {
        report.skipped.push(`${found.path}: ${found.kind}: ${found.reason}`);
        continue;
      }
      const key = found.run.key;
      const existing = cachePath(key, target);
      const there = existsSync(existing) ? inspectCacheFile(existing, byId) : null;
      if (there && (there.kind !== 'valid' || there.bytes !== found.bytes)) {
        report.conflicts.push(`${found.path} and ${existing} hold different results under key ${key} (${found.run.id})${there.kind !== 'valid' ? `; the existing file is ${there.kind}: ${there.reason}` : ''}`);
        continue;
      }
      const earlier = incoming.get(key);
      if (earlier && earlier.bytes !== found.bytes) {
        report.conflicts.push(`${earlier.path} and ${found.path} hold different results under key ${key} (${found.run.id})`);
        continue;
      }
      if (there) {
        if (!report.alreadyPresent.includes(found.run.id)) report.alreadyPresent.push(found.run.id);
      } else if (!earlier) incoming.set(key, { path: found.path, bytes: found.bytes, id: found.run.id });
    }
  }
  if (report.conflicts.length) return report;
  mkdirSync(target, { recursive: true });
  for (const [key, { bytes, id }] of incoming) {
    const path = cachePath(key, target);
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, bytes);
    // link() never replaces a file: if another process wrote this key since we looked, compare.
    try {
      linkSync(tmp, path);
      report.added.push(id);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      if (readFileSync(path, 'utf8') === bytes) report.alreadyPresent.push(id);
      else report.conflicts.push(`${path} appeared during the merge with a different result than the incoming ${id}`);
    } finally {
      unlinkSync(tmp);
    }
  }
  return report;
}
