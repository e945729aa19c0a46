import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { chinaDate, chinaTime } from '../../../libs/scheduling/index.js';
import { AppConfig } from '../../core/config/app-config.js';
import { QUEUES } from '../../core/queues/queue-names.js';
import { QueuesService } from '../../core/queues/queues.service.js';
import { inRegionSubtree } from '../../regions/region-subtree.js';
import { DELIVER_JOB } from '../../notifications/notifications.processor.js';

const POSITIONS_PER_DIGEST = 5;

interface DueEvent {
  id: string;
  kind: 'livestream' | 'fair';
  title: string;
  starts_at: Date;
  region_code: string;
  venue: string | null;
  stream_url: string | null;
}

interface DigestLine {
  seeker_id: string;
  position_id: string;
  title: string;
  enterprise_name: string;
  salary_min: number;
  salary_max: number;
  score: number;
}

/**
 * A set time before each event (as soon as positions are signed up to it, if that is
 * later), every matched seeker gets one digest of the event's featured positions that
 * match them (from the stored recommendations; all brought positions when none is featured). Fairs invite the
 * residents of their community; shows invite anyone matched. The event is marked in the
 * same transaction as the inbox rows, and the inbox is unique per (seeker, event): never twice.
 */
@Injectable()
export class InvitationService {
  private readonly logger = new Logger('Invitations');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly queues: QueuesService,
  ) {}

  async sendDue(now = new Date()): Promise<{ events: number; invitations: number }> {
    const horizon = new Date(now.getTime() + this.config.INVITATION_LEAD_MINUTES * 60_000);
    const due: Array<{ id: string }> = await this.dataSource.query(
      `SELECT id FROM event WHERE status = 'scheduled' AND invitations_sent_at IS NULL AND starts_at > $1 AND starts_at <= $2 ORDER BY starts_at`,
      [now, horizon],
    );
    let invitations = 0;
    for (const { id } of due) invitations += await this.sendFor(id);
    await this.enqueueDeliveries(await this.stalledDeliveries(now));
    return { events: due.length, invitations };
  }

  /** Sends the digests of one event (0 when another worker already did). */
  async sendFor(eventId: string): Promise<number> {
    const created = await this.dataSource.transaction(async (manager) => {
      const [event] = (await manager.query(
        `SELECT id, kind, title, starts_at, region_code, venue, stream_url FROM event
          WHERE id = $1 AND status = 'scheduled' AND invitations_sent_at IS NULL FOR UPDATE SKIP LOCKED`,
        [eventId],
      )) as DueEvent[];
      if (!event) return [];
      // Nothing to invite for yet (no enterprise has signed up): try again on the next run.
      const [brought] = (await manager.query(`SELECT 1 FROM event_position WHERE event_id = $1 LIMIT 1`, [eventId])) as unknown[];
      if (!brought) return [];
      const ids = await this.writeDigests(manager, event);
      await manager.query(`UPDATE event SET invitations_sent_at = now() WHERE id = $1`, [eventId]);
      return ids;
    });
    if (created.length > 0) this.logger.log(`event ${eventId}: ${created.length} invitations`);
    await this.enqueueDeliveries(created);
    return created.length;
  }

  /**
   * Hands inbox messages to the outside channel. The job id is the message's, so a message
   * is queued once however often this runs; one whose enqueueing failed (the queue was
   * down after the commit) is picked up again by the next run.
   */
  private async enqueueDeliveries(notificationIds: readonly string[]): Promise<void> {
    if (!this.config.NOTIFY_WEBHOOK_URL) return;
    for (const notificationId of notificationIds) {
      await this.queues.add(QUEUES.notifications, DELIVER_JOB, { notificationId }, {
        jobId: `deliver-${notificationId}`,
        attempts: 5,
        backoff: { type: 'exponential', delay: 5000 },
        removeOnComplete: { age: 7 * 86_400 },
        removeOnFail: { age: 30 * 86_400 },
      });
    }
  }

  /** Messages still waiting for the channel a while after they were written. */
  private async stalledDeliveries(now: Date): Promise<string[]> {
    if (!this.config.NOTIFY_WEBHOOK_URL) return [];
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT id FROM notification WHERE delivery_status = 'pending' AND created_at < $1 ORDER BY created_at LIMIT 1000`,
      [new Date(now.getTime() - 60_000)],
    );
    return rows.map((row) => row.id);
  }

  private async writeDigests(manager: EntityManager, event: DueEvent): Promise<string[]> {
    const lines: DigestLine[] = await manager.query(
      `SELECT r.seeker_id, p.id AS position_id, p.title, e.name AS enterprise_name, p.salary_min, p.salary_max, r.score
         FROM event_position ep
         JOIN seeker_recommendation r ON r.position_id = ep.position_id
         JOIN seeker s ON s.id = r.seeker_id AND s.consent_to_match AND s.status = 'active'
         JOIN position p ON p.id = ep.position_id AND p.status = 'open'
         JOIN enterprise e ON e.id = p.enterprise_id
        WHERE ep.event_id = $1
          AND (ep.featured OR NOT EXISTS (SELECT 1 FROM event_position f WHERE f.event_id = $1 AND f.featured))
          AND ($2 <> 'fair' OR ${inRegionSubtree('s.region_code', '$3')})
        ORDER BY r.seeker_id, r.score DESC`,
      [event.id, event.kind, event.region_code],
    );
    const bySeeker = new Map<string, DigestLine[]>();
    for (const line of lines) {
      const list = bySeeker.get(line.seeker_id) ?? [];
      if (list.length < POSITIONS_PER_DIGEST) list.push(line);
      bySeeker.set(line.seeker_id, list);
    }
    const ids: string[] = [];
    for (const [seekerId, positions] of bySeeker) {
      const [row] = (await manager.query(
        `INSERT INTO notification (seeker_id, kind, subject_id, title, body, payload, delivery_status)
         VALUES ($1, 'event_invitation', $2, $3, $4, $5, $6)
         ON CONFLICT ON CONSTRAINT notification_once DO NOTHING RETURNING id`,
        [
          seekerId,
          event.id,
          `${event.kind === 'fair' ? '招聘会' : '直播带岗'}邀请：${event.title}`,
          digestBody(event, positions),
          JSON.stringify({
            eventId: event.id,
            startsAt: event.starts_at,
            positions: positions.map((line) => ({ positionId: line.position_id, title: line.title, enterprise: line.enterprise_name, score: line.score })),
          }),
          this.config.NOTIFY_WEBHOOK_URL ? 'pending' : 'none',
        ],
      )) as Array<{ id: string }>;
      if (row) ids.push(row.id);
    }
    return ids;
  }
}

function digestBody(event: DueEvent, positions: DigestLine[]): string {
  const when = `${chinaDate(event.starts_at)} ${chinaTime(event.starts_at)}`;
  const where = event.kind === 'fair' ? `地点：${event.venue ?? ''}` : `直播间：${event.stream_url ?? ''}`;
  const lines = positions.map((line) => `· ${line.enterprise_name} ${line.title}（${line.salary_min}-${line.salary_max}元/月）`);
  return [`${when} ${event.title}`, where, '为您推荐的岗位：', ...lines].join('\n');
}
