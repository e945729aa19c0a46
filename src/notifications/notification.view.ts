import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { Notification } from './notification.entity.js';

export class NotificationView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'event_invitation' }) kind: string;
  @ApiProperty({ format: 'uuid' }) subjectId: string;
  @ApiProperty() title: string;
  @ApiProperty() body: string;
  @ApiProperty({ type: Object }) payload: Record<string, unknown>;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' }) readAt: Date | null;
  @ApiProperty() createdAt: Date;
}

export const toNotificationView = (notification: Notification): NotificationView => ({
  id: notification.id,
  kind: notification.kind,
  subjectId: notification.subjectId,
  title: notification.title,
  body: notification.body,
  payload: notification.payload,
  readAt: notification.readAt,
  createdAt: notification.createdAt,
});
