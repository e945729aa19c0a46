import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createEvents, type EventAttributes } from 'ics';
import { DataSource } from 'typeorm';
import type { Actor } from '../../auth/actor.js';
import { assertInScope } from '../../auth/assert-in-scope.js';
import { NotFoundError } from '../../core/errors/domain-error.js';
import { inRegionSubtree } from '../../regions/region-subtree.js';
import { managedSeekers } from '../../seekers/seeker-scope.js';

interface CalendarRow {
  id: string;
  kind: 'livestream' | 'fair';
  title: string;
  starts_at: Date;
  ends_at: Date;
  status: 'scheduled' | 'cancelled';
  venue: string | null;
  stream_url: string | null;
  host: string | null;
  region_name: string;
}

/** How far ahead a calendar reaches. */
const HORIZON_DAYS = 60;

/**
 * iCalendar (RFC 5545) feeds of upcoming events, for a community (its fairs and the shows
 * organised above it) or a seeker (their community's, plus the events they were invited
 * to). Cancelled events stay in the feed as CANCELLED so subscribed calendars drop them.
 */
@Injectable()
export class CalendarService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async forRegion(code: string): Promise<string> {
    const [region] = (await this.dataSource.query(`SELECT name FROM region WHERE code = $1`, [code])) as Array<{ name: string }>;
    if (!region) throw new NotFoundError('region', code);
    return toIcs(`${region.name} 招聘活动`, await this.upcoming(code, null));
  }

  async forSeeker(actor: Actor, seekerId: string): Promise<string> {
    await assertInScope(this.dataSource, actor, 'seeker', seekerId, managedSeekers);
    const [seeker] = (await this.dataSource.query(`SELECT full_name, region_code FROM seeker WHERE id = $1`, [seekerId])) as Array<{
      full_name: string;
      region_code: string;
    }>;
    return toIcs(`${seeker!.full_name} 的招聘活动`, await this.upcoming(seeker!.region_code, seekerId));
  }

  /** Events held in the region's subtree or organised by a region above it, and (for a seeker) those they were invited to. */
  private upcoming(regionCode: string, invitedSeekerId: string | null): Promise<CalendarRow[]> {
    return this.dataSource.query(
      `SELECT ev.id, ev.kind, ev.title, ev.starts_at, ev.ends_at, ev.status, ev.venue, ev.stream_url, ev.host, r.name AS region_name
         FROM event ev JOIN region r ON r.code = ev.region_code
        WHERE ev.ends_at > now() AND ev.starts_at < now() + make_interval(days => $3)
          AND (${inRegionSubtree('ev.region_code', '$1')}
               OR ev.region_code IN (SELECT a.code FROM region a JOIN region me ON me.code = $1 WHERE starts_with(me.path, a.path || '/'))
               OR EXISTS (SELECT 1 FROM notification n WHERE n.subject_id = ev.id AND n.seeker_id = $2))
        ORDER BY ev.starts_at, ev.id
        LIMIT 500`,
      [regionCode, invitedSeekerId, HORIZON_DAYS],
    );
  }
}

function toIcs(calendarName: string, rows: CalendarRow[]): string {
  if (rows.length === 0) return emptyCalendar(calendarName);
  const events: EventAttributes[] = rows.map((row) => ({
    uid: `${row.id}@jobbridge`,
    start: row.starts_at.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: row.ends_at.getTime(),
    endInputType: 'utc',
    endOutputType: 'utc',
    title: `${row.kind === 'fair' ? '招聘会' : '直播带岗'}：${row.title}`,
    location: row.kind === 'fair' ? `${row.region_name} ${row.venue ?? ''}`.trim() : (row.stream_url ?? row.region_name),
    ...(row.stream_url ? { url: row.stream_url } : {}),
    ...(row.host ? { description: `主播：${row.host}` } : {}),
    status: row.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
  }));
  const { error, value } = createEvents(events, { productId: '-//JobBridge//就业桥//ZH', calName: calendarName });
  if (error || !value) throw error ?? new Error('calendar could not be written');
  return value;
}

/** The library refuses an empty list; an empty feed is still a valid calendar. */
function emptyCalendar(name: string): string {
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//JobBridge//就业桥//ZH', `X-WR-CALNAME:${name}`, 'END:VCALENDAR', ''].join('\r\n');
}
