import { Controller, Get, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { Access } from '../auth/access.decorator.js';
import type { Actor } from '../auth/actor.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { NotFoundError } from '../core/errors/domain-error.js';
import { QueryBoolean } from '../core/http/dto-decorators.js';
import { mapPage, paginate, PageQueryDto, type Page } from '../core/http/pagination.js';
import { UUID } from '../core/http/uuid-param.js';
import { IsBoolean, IsOptional } from 'class-validator';
import { Notification } from './notification.entity.js';
import { NotificationView, toNotificationView } from './notification.view.js';

class InboxQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'true: only unread ones' })
  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  unread?: boolean;
}

/** A seeker's in-app inbox (invitations to shows and fairs). */
@ApiTags('notifications')
@Controller('me/notifications')
@Access('seeker')
export class InboxController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get()
  @ApiOperation({ summary: 'Your messages, newest first' })
  async list(@CurrentActor() actor: Actor, @Query() query: InboxQueryDto): Promise<Page<NotificationView>> {
    const qb = this.dataSource
      .getRepository(Notification)
      .createQueryBuilder('n')
      .where('n.seekerId = :seekerId', { seekerId: actor.seekerId })
      .orderBy('n.createdAt', 'DESC')
      .addOrderBy('n.id', 'DESC');
    if (query.unread === true) qb.andWhere('n.readAt IS NULL');
    return mapPage(await paginate(qb, query), toNotificationView);
  }

  @Post(':id/read')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Mark a message read' })
  @ApiOkResponse({ type: NotificationView })
  async read(@CurrentActor() actor: Actor, @Param('id', UUID) id: string): Promise<NotificationView> {
    const repository = this.dataSource.getRepository(Notification);
    await repository.update({ id, seekerId: actor.seekerId as string, readAt: IsNull() }, { readAt: new Date() });
    const notification = await repository.findOneBy({ id, seekerId: actor.seekerId as string });
    if (!notification) throw new NotFoundError('notification', id);
    return toNotificationView(notification);
  }
}
