import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access } from '../auth/access.decorator.js';
import type { Actor } from '../auth/actor.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import type { Page } from '../core/http/pagination.js';
import type { AuditEvent } from './audit-event.entity.js';
import { AuditService } from './audit.service.js';
import { AuditQueryDto } from './dto/audit-query.dto.js';

@ApiTags('audit')
@Controller('audit-events')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Access('centre_admin')
  @ApiOperation({
    summary: 'Who read which resident’s personal data in clear, newest first',
    description: 'Centre admins, for the residents of their region. Filter by subjectId (seeker or certificate), actorUserId, action, from/to.',
  })
  list(@CurrentActor() actor: Actor, @Query() query: AuditQueryDto): Promise<Page<AuditEvent>> {
    return this.audit.list(actor, query);
  }
}
