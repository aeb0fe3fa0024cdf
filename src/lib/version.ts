/**
 * Version of the training engine. Bump it whenever a change can alter any computed number
 * (formulation, op order, RNG, defaults): reference-run caches are keyed by it.
 */
export const ENGINE_VERSION = '1.0.0';
export const RUN_FILE_FORMAT = 'fittest-run';
export const RUN_FILE_FORMAT_VERSION = 1;
