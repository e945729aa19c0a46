import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { firstOverlap } from '../../libs/scheduling/index.js';
import type { Actor } from '../auth/actor.js';
import { ConflictError, InvalidInputError, NotFoundError } from '../core/errors/domain-error.js';
import { paginate, type Page } from '../core/http/pagination.js';
import { managedEnterprises } from '../enterprises/enterprise-scope.js';
import { inRegionSubtree } from '../regions/region-subtree.js';
import type { CreateEventDto, EventQueryDto, RescheduleEventDto, SignUpDto } from './dto/event.dto.js';
import { assertEventRegion } from './event-places.js';
import { EventEnterprise, EventPosition } from './event-participation.entity.js';
import { managedEvents } from './event-scope.js';
import { conflictKeyOf, RecruitmentEvent } from './event.entity.js';
import { assertNoScheduleConflict } from './schedule-conflicts.js';

@Injectable()
export class EventsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async create(actor: Actor, dto: CreateEventDto): Promise<RecruitmentEvent> {
    const interval = checkedInterval(dto.startsAt, dto.endsAt);
    const fields = {
      kind: dto.kind,
      title: dto.title,
      ...interval,
      regionCode: dto.regionCode,
      host: dto.host ?? null,
      streamUrl: dto.kind === 'livestream' ? (dto.streamUrl as string) : null,
      venue: dto.kind === 'fair' ? (dto.venue as string) : null,
    };
    const id = await this.dataSource.transaction(async (manager) => {
      await assertEventRegion(manager, actor, dto.kind, dto.regionCode);
      const conflictKey = conflictKeyOf(fields);
      await assertNoScheduleConflict(manager, { conflictKey, intervals: [interval] });
      const result = await manager.insert(RecruitmentEvent, { ...fields, conflictKey });
      return (result.identifiers[0] as { id: string }).id;
    });
    return this.get(id);
  }

  async get(id: string): Promise<RecruitmentEvent> {
    const event = await this.dataSource.getRepository(RecruitmentEvent).findOneBy({ id });
    if (!event) throw new NotFoundError('event', id);
    return event;
  }

  /** The public schedule: upcoming by default, soonest first. */
  list(query: EventQueryDto): Promise<Page<RecruitmentEvent>> {
    const qb = this.dataSource
      .getRepository(RecruitmentEvent)
      .createQueryBuilder('event')
      .where('event.endsAt > :from', { from: query.from ?? new Date().toISOString() })
      .orderBy('event.startsAt', 'ASC')
      .addOrderBy('event.id', 'ASC');
    if (query.to !== undefined) qb.andWhere('event.startsAt < :to', { to: query.to });
    if (query.kind !== undefined) qb.andWhere('event.kind = :kind', { kind: query.kind });
    if (query.status !== undefined) qb.andWhere('event.status = :status', { status: query.status });
    if (query.seriesId !== undefined) qb.andWhere('event.seriesId = :seriesId', { seriesId: query.seriesId });
    if (query.regionCode !== undefined) qb.andWhere(inRegionSubtree('event.region_code', ':regionCode'), { regionCode: query.regionCode });
    return paginate(qb, query);
  }

  /** Moves one event; an occurrence then stops following its series. */
  async reschedule(actor: Actor, id: string, dto: RescheduleEventDto): Promise<RecruitmentEvent> {
    await this.dataSource.transaction(async (manager) => {
      const event = await this.lockManaged(manager, actor, id);
      if (event.status === 'cancelled') throw new ConflictError('EVENT_CANCELLED', 'A cancelled event cannot be moved');
      const interval = checkedInterval(dto.startsAt ?? event.startsAt.toISOString(), dto.endsAt ?? event.endsAt.toISOString());
      await assertNoScheduleConflict(manager, { conflictKey: event.conflictKey, intervals: [interval], eventId: id });
      await this.assertEnterprisesFree(manager, id, interval);
      await manager.update(RecruitmentEvent, { id }, { ...interval, detached: true });
    });
    return this.get(id);
  }

  async cancel(actor: Actor, id: string): Promise<RecruitmentEvent> {
    await this.dataSource.transaction(async (manager) => {
      const event = await this.lockManaged(manager, actor, id);
      if (event.status === 'cancelled') throw new ConflictError('EVENT_CANCELLED', 'The event is already cancelled');
      await manager.update(RecruitmentEvent, { id }, { status: 'cancelled', detached: true });
    });
    return this.get(id);
  }

  /**
   * An enterprise signs up with the open positions it brings. Its HR officer signs up its
   * own enterprise, the centre any in its region. 409 when it is at an overlapping event.
   */
  async signUp(actor: Actor, eventId: string, dto: SignUpDto): Promise<{ eventId: string; enterpriseId: string; positionIds: string[] }> {
    await this.dataSource.transaction(async (manager) => {
      const event = await this.get(eventId);
      if (event.status !== 'scheduled' || event.endsAt <= new Date()) throw new ConflictError('EVENT_CLOSED', 'Sign-ups are open for scheduled, upcoming events only');
      const enterprise = await manager
        .createQueryBuilder()
        .select('e.id')
        .from('enterprise', 'e')
        .where('e.id = :id', { id: dto.enterpriseId })
        .andWhere(...managedEnterprises(actor, 'e'))
        .getRawOne();
      if (!enterprise) throw new InvalidInputError('enterpriseId', `enterprise ${dto.enterpriseId} not found`);
      const open: Array<{ id: string }> = await manager.query(
        `SELECT id FROM position WHERE id = ANY($1::uuid[]) AND enterprise_id = $2 AND status = 'open'`,
        [dto.positionIds, dto.enterpriseId],
      );
      const missing = dto.positionIds.filter((id) => !open.some((row) => row.id === id));
      if (missing.length > 0) throw new InvalidInputError('positionIds', `not open positions of this enterprise: ${missing.join(', ')}`);
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`enterprise:${dto.enterpriseId}`]);
      const elsewhere: Array<{ id: string; starts_at: Date; ends_at: Date }> = await manager.query(
        `SELECT ev.id, ev.starts_at, ev.ends_at FROM event_enterprise ee JOIN event ev ON ev.id = ee.event_id
          WHERE ee.enterprise_id = $1 AND ev.id <> $2 AND ev.status = 'scheduled' AND ev.starts_at < $4 AND ev.ends_at > $3`,
        [dto.enterpriseId, eventId, event.startsAt, event.endsAt],
      );
      const clash = firstOverlap(event, elsewhere.map((row) => ({ id: row.id, startsAt: row.starts_at, endsAt: row.ends_at })));
      if (clash) {
        throw new ConflictError('ENTERPRISE_BUSY', 'The enterprise is signed up to an overlapping event', { conflictingEventId: clash.id });
      }
      await manager.createQueryBuilder().insert().into(EventEnterprise).values({ eventId, enterpriseId: dto.enterpriseId }).orIgnore().execute();
      if (dto.positionIds.length > 0) {
        await manager
          .createQueryBuilder()
          .insert()
          .into(EventPosition)
          .values(dto.positionIds.map((positionId) => ({ eventId, positionId, enterpriseId: dto.enterpriseId })))
          .orIgnore()
          .execute();
      }
    });
    return { eventId, enterpriseId: dto.enterpriseId, positionIds: dto.positionIds };
  }

  /** The enterprises and positions at an event, featured ones first. */
  async participants(eventId: string) {
    await this.get(eventId);
    const rows: Array<{ enterprise_id: string; enterprise_name: string; position_id: string | null; title: string | null; featured: boolean | null }> =
      await this.dataSource.query(
        `SELECT ee.enterprise_id, e.name AS enterprise_name, ep.position_id, p.title, ep.featured
           FROM event_enterprise ee JOIN enterprise e ON e.id = ee.enterprise_id
           LEFT JOIN event_position ep ON ep.event_id = ee.event_id AND ep.enterprise_id = ee.enterprise_id
           LEFT JOIN position p ON p.id = ep.position_id
          WHERE ee.event_id = $1 ORDER BY e.name, ep.featured DESC NULLS LAST, p.title`,
        [eventId],
      );
    const enterprises = new Map<string, { enterpriseId: string; name: string; positions: Array<{ positionId: string; title: string; featured: boolean }> }>();
    for (const row of rows) {
      const entry = enterprises.get(row.enterprise_id) ?? { enterpriseId: row.enterprise_id, name: row.enterprise_name, positions: [] };
      if (row.position_id) entry.positions.push({ positionId: row.position_id, title: row.title as string, featured: row.featured === true });
      enterprises.set(row.enterprise_id, entry);
    }
    return { eventId, enterprises: [...enterprises.values()] };
  }

  private async lockManaged(manager: EntityManager, actor: Actor, id: string): Promise<RecruitmentEvent> {
    const event = await manager
      .getRepository(RecruitmentEvent)
      .createQueryBuilder('event')
      .setLock('pessimistic_write')
      .where('event.id = :id', { id })
      .andWhere(...managedEvents(actor, 'event'))
      .getOne();
    if (!event) throw new NotFoundError('event', id);
    return event;
  }

  /** Moving an event must not double-book an enterprise signed up to it. */
  private async assertEnterprisesFree(manager: EntityManager, eventId: string, interval: { startsAt: Date; endsAt: Date }): Promise<void> {
    const [clash] = (await manager.query(
      `SELECT other.event_id FROM event_enterprise mine JOIN event_enterprise other ON other.enterprise_id = mine.enterprise_id AND other.event_id <> mine.event_id
         JOIN event ev ON ev.id = other.event_id AND ev.status = 'scheduled' AND ev.starts_at < $3 AND ev.ends_at > $2
        WHERE mine.event_id = $1 LIMIT 1`,
      [eventId, interval.startsAt, interval.endsAt],
    )) as Array<{ event_id: string }>;
    if (clash) throw new ConflictError('ENTERPRISE_BUSY', 'An enterprise signed up to this event is at another event then', { conflictingEventId: clash.event_id });
  }
}

function checkedInterval(startsAt: string, endsAt: string): { startsAt: Date; endsAt: Date } {
  const interval = { startsAt: new Date(startsAt), endsAt: new Date(endsAt) };
  if (interval.endsAt <= interval.startsAt) throw new InvalidInputError('endsAt', 'endsAt must be after startsAt');
  if (interval.endsAt.getTime() - interval.startsAt.getTime() > 12 * 3600_000) throw new InvalidInputError('endsAt', 'an event lasts at most 12 hours');
  return interval;
}
