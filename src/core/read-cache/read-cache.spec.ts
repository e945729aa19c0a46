import { ReadCache } from './read-cache.js';
import type { ReadModelChanges, ReadTopic } from './read-model-changes.js';

/** ReadModelChanges as the cache sees it: a version per topic, or none while not listening. */
class FakeChanges {
  versions: Record<ReadTopic, number | undefined> = { accounts: 1, pages: 1 };
  version(topic: ReadTopic) {
    return this.versions[topic];
  }
}

const cacheOf = (changes: FakeChanges, megabytes = 1) => new ReadCache(changes as unknown as ReadModelChanges, 'pages', megabytes);

describe('ReadCache', () => {
  it('computes once and then serves the kept answer while the version stands', async () => {
    const changes = new FakeChanges();
    const cache = cacheOf(changes);
    let computed = 0;
    const compute = async () => `page ${++computed}`;
    expect(await cache.read('k', compute)).toEqual({ value: 'page 1', hit: false });
    expect(await cache.read('k', compute)).toEqual({ value: 'page 1', hit: true });
    changes.versions.pages = 2;
    expect(await cache.read('k', compute)).toEqual({ value: 'page 2', hit: false });
  });

  it("ignores changes of the other topic", async () => {
    const changes = new FakeChanges();
    const cache = cacheOf(changes);
    await cache.read('k', async () => 'a');
    changes.versions.accounts = 7;
    expect((await cache.read('k', async () => 'b')).hit).toBe(true);
  });

  it('keeps nothing while no notifications arrive, or when sized 0', async () => {
    const changes = new FakeChanges();
    changes.versions.pages = undefined;
    const deaf = cacheOf(changes);
    await deaf.read('k', async () => 'a');
    expect(await deaf.read('k', async () => 'b')).toEqual({ value: 'b', hit: false });
    const off = cacheOf(new FakeChanges(), 0);
    await off.read('k', async () => 'a');
    expect(await off.read('k', async () => 'b')).toEqual({ value: 'b', hit: false });
  });

  it('does not keep an answer computed while a change arrived', async () => {
    const changes = new FakeChanges();
    const cache = cacheOf(changes);
    await cache.read('k', async () => {
      changes.versions.pages = 2;
      return 'read across a change';
    });
    expect(await cache.read('k', async () => 'fresh')).toEqual({ value: 'fresh', hit: false });
  });

  it('does not cache a failed read', async () => {
    const cache = cacheOf(new FakeChanges());
    await expect(cache.read('k', async () => Promise.reject(new Error('404')))).rejects.toThrow('404');
    expect(await cache.read('k', async () => 'found')).toEqual({ value: 'found', hit: false });
  });

  it('drops the least recently used answers beyond its size', async () => {
    const cache = cacheOf(new FakeChanges(), 1);
    const big = (tag: string) => async () => tag.repeat(400 * 1024);
    await cache.read('a', big('a'));
    await cache.read('b', big('b'));
    await cache.read('a', big('x')); // a is now the most recently used
    await cache.read('c', big('c')); // 3 × 400 KB > 1 MB: b goes
    expect((await cache.read('a', big('y'))).hit).toBe(true);
    expect((await cache.read('c', big('y'))).hit).toBe(true);
    expect((await cache.read('b', big('y'))).hit).toBe(false);
  });
});
