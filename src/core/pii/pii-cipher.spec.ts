import { PiiCipher } from './pii-cipher.js';

const KEY = 'a'.repeat(64);

describe('PiiCipher', () => {
  const cipher = new PiiCipher(KEY);

  it('round-trips and never stores the clear value', () => {
    const stored = cipher.encrypt('11010519491231002X');
    expect(stored).not.toContain('11010519491231002X');
    expect(cipher.decrypt(stored)).toBe('11010519491231002X');
  });

  it('uses a fresh IV each time but a stable hash', () => {
    expect(cipher.encrypt('x')).not.toBe(cipher.encrypt('x'));
    expect(cipher.hash('x')).toBe(cipher.hash('x'));
    expect(cipher.hash('x')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('depends on the key and detects tampering', () => {
    const other = new PiiCipher('b'.repeat(64));
    expect(other.hash('x')).not.toBe(cipher.hash('x'));
    expect(() => other.decrypt(cipher.encrypt('x'))).toThrow();
    const [v, iv, tag, body] = cipher.encrypt('hello').split(':');
    const flipped = Buffer.from(body, 'base64');
    flipped[0] ^= 1;
    expect(() => cipher.decrypt([v, iv, tag, flipped.toString('base64')].join(':'))).toThrow();
  });

  it('refuses a key of the wrong size', () => {
    expect(() => new PiiCipher('abcd')).toThrow(/32 bytes/);
  });
});
