import { Module } from '@nestjs/common';
import { DomainChangesModule } from '../domain-changes/domain-changes.module.js';
import { ApplicationsController } from './applications.controller.js';
import { ApplicationsService } from './applications.service.js';

@Module({ imports: [DomainChangesModule], controllers: [ApplicationsController], providers: [ApplicationsService] })
export class ApplicationsModule {}
