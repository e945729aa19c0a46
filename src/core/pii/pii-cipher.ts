import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

const ALGORITHM = 'aes-256-gcm';
const IV_BYTES = 12;
const FORMAT_VERSION = 'v1';

/**
 * Encrypts personal identifiers at rest (AES-256-GCM, random IV) and gives them a keyed
 * hash (HMAC-SHA256) so equal values can be found and kept unique without decrypting.
 * Two sub-keys are derived from the one configured key so the hash leaks nothing about
 * the cipher key.
 */
export class PiiCipher {
  private readonly encryptionKey: Buffer;
  private readonly hashKey: Buffer;

  constructor(hexKey: string) {
    const master = Buffer.from(hexKey, 'hex');
    if (master.length !== 32) throw new Error('PII key must be 32 bytes (64 hex characters)');
    this.encryptionKey = createHmac('sha256', master).update('jobbridge:pii:encrypt').digest();
    this.hashKey = createHmac('sha256', master).update('jobbridge:pii:hash').digest();
  }

  encrypt(plain: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv(ALGORITHM, this.encryptionKey, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    const tag = cipher.getAuthTag();
    return [FORMAT_VERSION, iv.toString('base64'), tag.toString('base64'), body.toString('base64')].join(':');
  }

  decrypt(stored: string): string {
    const [version, iv, tag, body] = stored.split(':');
    if (version !== FORMAT_VERSION || !iv || !tag || body === undefined) throw new Error('Unknown PII format');
    const decipher = createDecipheriv(ALGORITHM, this.encryptionKey, Buffer.from(iv, 'base64'));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64')), decipher.final()]).toString('utf8');
  }

  /** 64 hex characters; deterministic for one key. */
  hash(plain: string): string {
    return createHmac('sha256', this.hashKey).update(plain).digest('hex');
  }
}
