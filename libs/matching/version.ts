/**
 * Stored on every match so that rows computed by an older engine can be told apart and
 * recomputed after an upgrade. Bump it whenever a change can move a score or a reason.
 */
export const ENGINE_VERSION = 'jobbridge-matching/1.0.0';
