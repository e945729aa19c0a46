import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DomainChange } from './domain-change.entity.js';
import { DomainChangesService } from './domain-changes.service.js';

/** Recording changes (API and worker). Processing them lives in DomainChangesWorkerModule. */
@Module({
  imports: [TypeOrmModule.forFeature([DomainChange])],
  providers: [DomainChangesService],
  exports: [DomainChangesService],
})
export class DomainChangesModule {}
