import type { Notification } from './notification.entity.js';

/** An outside channel (SMS, WeChat) that carries inbox messages to the seeker. */
export interface NotificationChannel {
  readonly name: string;
  /** Throws when the message was not accepted; the queue retries it. */
  deliver(notification: Notification, recipient: { phone: string | null; fullName: string }): Promise<void>;
}

export const NOTIFICATION_CHANNEL = Symbol('NotificationChannel');
