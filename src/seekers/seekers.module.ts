import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DomainChangesModule } from '../domain-changes/domain-changes.module.js';
import { SeekersController } from './seekers.controller.js';
import { SeekersService } from './seekers.service.js';
import { Seeker } from './seeker.entity.js';
import { PersonalDataService } from './privacy/personal-data.service.js';

@Module({
  // Regions are read straight from their table (existence, subtree): the regions feature is not a dependency.
  imports: [TypeOrmModule.forFeature([Seeker]), DomainChangesModule],
  controllers: [SeekersController],
  providers: [SeekersService, PersonalDataService],
  exports: [PersonalDataService],
})
export class SeekersModule {}
