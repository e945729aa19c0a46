import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { QuestionClassifier, type Intent } from '../../../libs/livestream-questions/index.js';
import type { Actor } from '../../auth/actor.js';
import { isInScope } from '../../auth/assert-in-scope.js';
import { ConflictError, NotFoundError } from '../../core/errors/domain-error.js';
import { paginate, type Page, type PageQueryDto } from '../../core/http/pagination.js';
import { managedEvents } from '../event-scope.js';
import { RecruitmentEvent } from '../event.entity.js';
import { answerFrom, type FeaturedFacts } from './answers.js';
import { EventQuestion } from './event-question.entity.js';

/** Below this the classifier is guessing: the host answers rather than a wrong automatic reply. */
const MIN_CONFIDENCE = 0.45;
const POSITIONS_IN_ONE_ANSWER = 3;

/** Viewer counts and viewer questions during a livestream show. */
@Injectable()
export class LivestreamService {
  private readonly classifier = QuestionClassifier.shipped();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async ask(actor: Actor, eventId: string, text: string): Promise<EventQuestion> {
    await this.liveEvent(eventId);
    const { intent, confidence } = this.classifier.classify(text);
    const answer = intent === 'other' || confidence < MIN_CONFIDENCE ? null : await this.answer(eventId, intent, text);
    const status = intent === 'other' ? 'chat' : answer === null ? 'queued' : 'answered';
    const result = await this.dataSource.getRepository(EventQuestion).insert({
      eventId,
      text,
      intent,
      confidence,
      status,
      answer,
      askedByUserId: actor.userId,
      answeredAt: answer === null ? null : new Date(),
    });
    return this.dataSource.getRepository(EventQuestion).findOneByOrFail({ id: (result.identifiers[0] as { id: string }).id });
  }

  /** The host's queue (or any status), oldest first. */
  async questions(eventId: string, status: EventQuestion['status'] | undefined, page: PageQueryDto): Promise<Page<EventQuestion>> {
    await this.liveEvent(eventId);
    const qb = this.dataSource
      .getRepository(EventQuestion)
      .createQueryBuilder('q')
      .where('q.eventId = :eventId', { eventId })
      .orderBy('q.createdAt', 'ASC')
      .addOrderBy('q.id', 'ASC');
    if (status !== undefined) qb.andWhere('q.status = :status', { status });
    return paginate(qb, page);
  }

  async hostAnswer(actor: Actor, eventId: string, questionId: string, answer: string): Promise<EventQuestion> {
    await this.assertManaged(actor, eventId);
    const [, changed] = (await this.dataSource.query(
      `UPDATE event_question SET status = 'host_answered', answer = $3, answered_at = now() WHERE id = $1 AND event_id = $2 AND status <> 'chat'`,
      [questionId, eventId, answer],
    )) as [unknown, number];
    if (changed === 0) throw new NotFoundError('question', questionId);
    return this.dataSource.getRepository(EventQuestion).findOneByOrFail({ id: questionId });
  }

  /** The streaming platform reports the audience; the peak is kept for the campaign report. */
  async viewers(actor: Actor, eventId: string, viewers: number): Promise<RecruitmentEvent> {
    await this.assertManaged(actor, eventId);
    await this.liveEvent(eventId);
    await this.dataSource.query(`UPDATE event SET viewers_now = $2, viewers_peak = GREATEST(viewers_peak, $2) WHERE id = $1`, [eventId, viewers]);
    return this.dataSource.getRepository(RecruitmentEvent).findOneByOrFail({ id: eventId });
  }

  /** From the featured positions (all brought ones when none is featured); the one named in the question when it names one. */
  private async answer(eventId: string, intent: Intent, text: string): Promise<string | null> {
    const featured: Array<FeaturedFacts & { featured: boolean }> = (
      (await this.dataSource.query(
        `SELECT p.title, e.name AS enterprise_name, p.salary_min, p.salary_max, p.benefits, p.min_education, p.weekly_hours,
                p.work_slots, p.address, r.name AS region_name, ep.featured
           FROM event_position ep JOIN position p ON p.id = ep.position_id JOIN enterprise e ON e.id = p.enterprise_id
           JOIN region r ON r.code = p.region_code
          WHERE ep.event_id = $1 ORDER BY ep.featured DESC, p.title`,
        [eventId],
      )) as Array<Record<string, unknown>>
    ).map((row) => ({
      title: row.title as string,
      enterpriseName: row.enterprise_name as string,
      salaryMin: row.salary_min as number,
      salaryMax: row.salary_max as number,
      benefits: row.benefits as FeaturedFacts['benefits'],
      minEducation: row.min_education as FeaturedFacts['minEducation'],
      weeklyHours: row.weekly_hours as number,
      workSlots: row.work_slots as FeaturedFacts['workSlots'],
      address: row.address as string | null,
      regionName: row.region_name as string,
      featured: row.featured as boolean,
    }));
    const pool = featured.some((position) => position.featured) ? featured.filter((position) => position.featured) : featured;
    const named = pool.filter((position) => text.includes(position.title) || text.includes(position.enterpriseName));
    const chosen = (named.length > 0 ? named : pool).slice(0, POSITIONS_IN_ONE_ANSWER);
    const answers = chosen.map((position) => ({ position, answer: answerFrom(intent, position) })).filter((entry) => entry.answer !== null);
    if (answers.length === 0) return null;
    if (answers.length === 1 || new Set(answers.map((entry) => entry.answer)).size === 1) return answers[0]!.answer;
    return answers.map((entry) => `${entry.position.title}：${entry.answer}`).join('；');
  }

  private async liveEvent(eventId: string): Promise<RecruitmentEvent> {
    const event = await this.dataSource.getRepository(RecruitmentEvent).findOneBy({ id: eventId });
    if (!event) throw new NotFoundError('event', eventId);
    if (event.kind !== 'livestream') throw new ConflictError('NOT_A_LIVESTREAM', 'Questions and viewer counts belong to livestream shows');
    return event;
  }

  private async assertManaged(actor: Actor, eventId: string): Promise<void> {
    if (!(await isInScope(this.dataSource, actor, 'event', eventId, managedEvents))) throw new NotFoundError('event', eventId);
  }
}
