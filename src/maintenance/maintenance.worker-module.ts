import { Module } from '@nestjs/common';
import { RetentionProcessor } from './retention.processor.js';

/** Housekeeping in the worker: the nightly retention of history. */
@Module({ providers: [RetentionProcessor] })
export class MaintenanceWorkerModule {}
