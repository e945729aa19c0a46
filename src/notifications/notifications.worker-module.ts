import { Module } from '@nestjs/common';
import { AppConfig } from '../core/config/app-config.js';
import { NOTIFICATION_CHANNEL } from './notification-channel.js';
import { NotificationsProcessor } from './notifications.processor.js';
import { WebhookChannel } from './webhook.channel.js';

/** The worker side: delivery through the configured channel (none without NOTIFY_WEBHOOK_URL). */
@Module({
  providers: [
    NotificationsProcessor,
    {
      provide: NOTIFICATION_CHANNEL,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => (config.NOTIFY_WEBHOOK_URL ? new WebhookChannel(config.NOTIFY_WEBHOOK_URL) : null),
    },
  ],
})
export class NotificationsWorkerModule {}
