import { Global, Module } from '@nestjs/common';
import { AppConfig } from '../config/app-config.js';
import { PiiCipher } from './pii-cipher.js';

@Global()
@Module({
  providers: [{ provide: PiiCipher, inject: [AppConfig], useFactory: (config: AppConfig) => new PiiCipher(config.PII_KEY) }],
  exports: [PiiCipher],
})
export class PiiModule {}
