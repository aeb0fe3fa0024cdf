/**
 * /data/collaboration.json — the collaboration widget's model: the hero reference run's final
 * parameters (PyTorch layout, flattened), survivors and final half spectrum. Built from the cache.
 */
import type { APIRoute } from 'astro';
import { collaborationPayload } from '../../figures/data/collaboration';

const r = (x: number) => Number(x.toPrecision(7));

export const GET: APIRoute = () => {
  const payload = collaborationPayload();
  if (!payload) return new Response('null', { headers: { 'content-type': 'application/json; charset=utf-8' } });
  const { params } = payload;
  const flat = Object.fromEntries((['embedding', 'w0', 'b0', 'w1', 'b1', 'w2', 'b2'] as const).map((k) => [k, Array.from(params[k], r)]));
  const body = { ...payload, params: { p: params.p, d: params.d, hidden: params.hidden, ...flat } };
  return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
