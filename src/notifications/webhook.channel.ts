import type { NotificationChannel } from './notification-channel.js';
import type { Notification } from './notification.entity.js';

/**
 * POSTs each message as JSON to the configured URL (the SMS/WeChat gateway). The
 * notification id doubles as an idempotency key: a retried delivery carries the same one.
 */
export class WebhookChannel implements NotificationChannel {
  readonly name = 'webhook';

  constructor(
    private readonly url: string,
    private readonly timeoutMs = 5000,
  ) {}

  async deliver(notification: Notification, recipient: { phone: string | null; fullName: string }): Promise<void> {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': notification.id },
      body: JSON.stringify({
        notificationId: notification.id,
        kind: notification.kind,
        seekerId: notification.seekerId,
        phone: recipient.phone,
        name: recipient.fullName,
        title: notification.title,
        body: notification.body,
        payload: notification.payload,
      }),
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    if (!response.ok) throw new Error(`webhook answered ${response.status}`);
  }
}
