/**
 * /reference/<id>.json: every cached reference run as a static file, for islands that overlay a
 * live run on the reference one. Large fields (final parameters, embedding snapshots, the training
 * indices) are left out unless small; `omitted` names what was dropped.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { MANIFEST } from '../../reference/manifest';
import { loadRun } from '../../figures/analyses/load';
import type { CompactRun } from '../../reference/spec';

/** Fields kept only when their JSON is at most this many characters. */
const SMALL = 50_000;
const LARGE_FIELDS = ['finalParameters', 'snapshots', 'trainIndices'] as const;

export function publicRun(run: CompactRun): CompactRun & { omitted: string[] } {
  const out: CompactRun & { omitted: string[] } = { ...run, omitted: [] };
  for (const field of LARGE_FIELDS) {
    if (out[field] !== undefined && JSON.stringify(out[field]).length > SMALL) {
      delete out[field];
      out.omitted.push(field);
    }
  }
  return out;
}

export const getStaticPaths: GetStaticPaths = () =>
  MANIFEST.filter((spec) => loadRun(spec) !== null).map((spec) => ({ params: { id: spec.id }, props: { id: spec.id } }));

export const GET: APIRoute = ({ props }) => {
  const spec = MANIFEST.find((s) => s.id === props.id)!;
  const run = loadRun(spec)!;
  return new Response(JSON.stringify(publicRun(run)), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
