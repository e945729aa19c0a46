import { Inject, Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { QUEUES } from '../core/queues/queue-names.js';
import { ProcessesQueue, type QueueProcessor } from '../core/queues/queue-processor.decorator.js';
import { NOTIFICATION_CHANNEL, type NotificationChannel } from './notification-channel.js';
import { Notification } from './notification.entity.js';

export const DELIVER_JOB = 'deliver';

/** Hands inbox messages to the outside channel; BullMQ retries failures with backoff. */
@Injectable()
@ProcessesQueue(QUEUES.notifications)
export class NotificationsProcessor implements QueueProcessor {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Optional() @Inject(NOTIFICATION_CHANNEL) private readonly channel: NotificationChannel | null,
  ) {}

  async process(job: Job): Promise<unknown> {
    if (job.name !== DELIVER_JOB) throw new Error(`unknown notifications job ${job.name}`);
    const { notificationId } = job.data as { notificationId: string };
    const notification = await this.dataSource.getRepository(Notification).findOneBy({ id: notificationId });
    if (!notification || notification.deliveryStatus === 'sent' || !this.channel) return { skipped: true };
    const [recipient] = (await this.dataSource.query(`SELECT phone, full_name FROM seeker WHERE id = $1`, [notification.seekerId])) as Array<{
      phone: string | null;
      full_name: string;
    }>;
    try {
      await this.channel.deliver(notification, { phone: recipient?.phone ?? null, fullName: recipient?.full_name ?? '' });
    } catch (error) {
      const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      if (lastAttempt) await this.dataSource.getRepository(Notification).update({ id: notificationId }, { deliveryStatus: 'failed' });
      throw error;
    }
    await this.dataSource.getRepository(Notification).update({ id: notificationId }, { deliveryStatus: 'sent' });
    return { delivered: this.channel.name };
  }
}
