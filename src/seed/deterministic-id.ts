import { createHash } from 'node:crypto';

/** Fixed namespace of all JobBridge demo data; a seed's namespace is derived from it. */
const DEMO_ROOT_NAMESPACE = '4f1c2a3e-9b7d-5e61-8a0c-6d2f7b3e9a15';

/**
 * Name-based UUID (RFC 9562 version 5: SHA-1 of namespace and name). The same seed and
 * key always give the same id, which is what makes a re-run of the seed an upsert of the
 * same rows instead of a second copy.
 */
export function uuidV5(namespace: string, name: string): string {
  const bytes = createHash('sha1')
    .update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
    .update(name, 'utf8')
    .digest()
    .subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Ids for one seed: `ids('seeker', 12)` is stable across runs and machines. */
export function demoIds(seed: number): (kind: string, key: string | number) => string {
  const namespace = uuidV5(DEMO_ROOT_NAMESPACE, `jobbridge-demo-seed:${seed}`);
  return (kind, key) => uuidV5(namespace, `${kind}:${key}`);
}

export type DemoIds = ReturnType<typeof demoIds>;
