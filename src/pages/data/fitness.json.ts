/** /data/fitness.json — the fitness widget's reference points (see src/figures/data/fitness.ts). */
import type { APIRoute } from 'astro';
import { fitnessPayload } from '../../figures/data/fitness';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await fitnessPayload()), { headers: { 'content-type': 'application/json; charset=utf-8' } });
