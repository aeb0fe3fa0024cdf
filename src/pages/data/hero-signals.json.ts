/**
 * /data/hero-signals.json — the circles' ODE widget's data: the hero reference run's signals of
 * frequencies 1..29 at steps 0..1000 (or the golden fixture while the run is not cached; the
 * `source` field says which). Written once at build time from the reference cache.
 */
import type { APIRoute } from 'astro';
import { circleOdeData } from '../../islands/ode/load-data';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(circleOdeData()), { headers: { 'content-type': 'application/json; charset=utf-8' } });
