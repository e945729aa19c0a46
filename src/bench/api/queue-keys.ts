import { Redis } from 'ioredis';
import { redisOptionsFromUrl } from '../../core/queues/redis-options.js';

/**
 * Deletes the keys of this run's queue prefix (queues, rate-limit counters): each run
 * has its own prefix, so without this every run would leave its queues in Redis.
 */
export async function forgetQueueKeys(url: string, prefix: string): Promise<number> {
  const redis = new Redis({ ...redisOptionsFromUrl(url), lazyConnect: true, maxRetriesPerRequest: 1 });
  await redis.connect();
  try {
    let deleted = 0;
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      if (keys.length > 0) deleted += await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
    return deleted;
  } finally {
    redis.disconnect();
  }
}
