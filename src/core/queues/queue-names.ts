/** The BullMQ queues of the service (see DESIGN.md, Processes). */
export const QUEUES = {
  /** A position, seeker or certificate changed: rescore it; full rebuilds in chunks. */
  matching: 'matching',
  /** Job schedulers for livestream shows and weekly fairs; reminders. */
  events: 'events',
  /** Digests of new matches. */
  notifications: 'notifications',
  /** Nightly housekeeping: history past its retention. */
  maintenance: 'maintenance',
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];
