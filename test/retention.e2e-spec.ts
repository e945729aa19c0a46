import { randomBytes, randomUUID } from 'node:crypto';
import { QUEUES } from '../src/core/queues/queue-names.js';
import { QueuesService } from '../src/core/queues/queues.service.js';
import { RETENTION_JOB } from '../src/maintenance/retention.processor.js';
import { createAccount } from './support/account-factories.js';
import { createRegionTree } from './support/factories.js';
import { createSeeker } from './support/seeker-factories.js';
import { createTestAppWithWorker, eventually, type TestAppWithWorker } from './support/test-app.js';

/** The nightly retention job deletes history past its time and keeps everything else. */
describe('retention', () => {
  let t: TestAppWithWorker;
  beforeAll(async () => {
    t = await createTestAppWithWorker();
  });
  afterAll(() => t.close());

  const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);
  const exists = async (table: string, id: string) => (await t.dataSource.query(`SELECT 1 FROM ${table} WHERE id = $1`, [id])).length === 1;

  it('deletes old outbox rows (each subject keeps its newest), ended sign-ins and old notifications', async () => {
    const subject = randomUUID();
    const change = async (relayedDaysAgo: number) =>
      (
        await t.dataSource.query(
          `INSERT INTO domain_change (subject_type, subject_id, reason, created_at, relayed_at) VALUES ('seeker', $1, 'seeker.updated', $2, $2) RETURNING id`,
          [subject, daysAgo(relayedDaysAgo)],
        )
      )[0].id as string;
    const [oldest, older, newestButOld] = [await change(50), await change(40), await change(35)];
    const lonely = randomUUID();
    const [{ id: onlyChange }] = await t.dataSource.query(
      `INSERT INTO domain_change (subject_type, subject_id, reason, created_at, relayed_at) VALUES ('position', $1, 'position.created', $2, $2) RETURNING id`,
      [lonely, daysAgo(90)],
    );
    const recent = await change(1);

    const account = await createAccount(t.dataSource, { role: 'centre_staff', regionCode: null });
    const session = async (refreshExpiresAt: Date, revokedAt: Date | null) =>
      (
        await t.dataSource.query(
          `INSERT INTO auth_session (user_id, refresh_token_hash, refresh_expires_at, revoked_at) VALUES ($1, $2, $3, $4) RETURNING id`,
          [account.id, randomBytes(32).toString('hex'), refreshExpiresAt, revokedAt],
        )
      )[0].id as string;
    const [endedLongAgo, revokedLongAgo, revokedYesterday, live] = [
      await session(daysAgo(45), null),
      await session(daysAgo(-10), daysAgo(40)),
      await session(daysAgo(-10), daysAgo(1)),
      await session(daysAgo(-20), null),
    ];

    const tree = await createRegionTree(t.dataSource);
    const seeker = await createSeeker(t, tree.grid.code);
    const notification = async (createdDaysAgo: number) =>
      (
        await t.dataSource.query(
          `INSERT INTO notification (seeker_id, kind, subject_id, title, body, created_at) VALUES ($1, 'event_invitation', $2, '邀请', '正文', $3) RETURNING id`,
          [seeker.id, randomUUID(), daysAgo(createdDaysAgo)],
        )
      )[0].id as string;
    const [yearOld, monthOld] = [await notification(400), await notification(30)];

    const job = await t.worker.get(QueuesService, { strict: false }).add(QUEUES.maintenance, RETENTION_JOB, {});
    await eventually(async () => (await job.isCompleted()) || undefined, 20_000, 100);
    expect((await job.getState())).toBe('completed');

    expect(await exists('domain_change', oldest)).toBe(false);
    expect(await exists('domain_change', older)).toBe(false);
    expect(await exists('domain_change', newestButOld)).toBe(false);
    expect(await exists('domain_change', recent)).toBe(true);
    expect(await exists('domain_change', onlyChange)).toBe(true);
    expect(await exists('auth_session', endedLongAgo)).toBe(false);
    expect(await exists('auth_session', revokedLongAgo)).toBe(false);
    expect(await exists('auth_session', revokedYesterday)).toBe(true);
    expect(await exists('auth_session', live)).toBe(true);
    expect(await exists('notification', yearOld)).toBe(false);
    expect(await exists('notification', monthOld)).toBe(true);
  });
});
