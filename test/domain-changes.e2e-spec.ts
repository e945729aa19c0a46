import { randomUUID } from 'node:crypto';
import { DomainChangesService } from '../src/domain-changes/domain-changes.service.js';
import { createTestAppWithWorker, eventually, type TestAppWithWorker } from './support/test-app.js';

describe('domain changes reach the worker through the outbox', () => {
  let t: TestAppWithWorker;
  beforeAll(async () => {
    t = await createTestAppWithWorker();
  });
  afterAll(() => t.close());

  it('records a change in the transaction and the worker marks the subject stale once', async () => {
    const changes = t.worker.get(DomainChangesService, { strict: false });
    const subjectId = randomUUID();
    for (const reason of ['position.created', 'position.updated', 'position.updated']) {
      await t.dataSource.transaction((manager) => changes.record(manager, 'position', subjectId, reason));
    }
    changes.relaySoon();

    const state = await eventually(async () => {
      const [row] = await t.dataSource.query(
        'SELECT change_count, last_change_id FROM match_subject_state WHERE subject_id = $1',
        [subjectId],
      );
      return row?.change_count === 3 ? row : undefined;
    });
    const [{ max }] = await t.dataSource.query('SELECT max(id) FROM domain_change WHERE subject_id = $1', [subjectId]);
    expect(state.last_change_id).toBe(max);
    const [{ pending }] = await t.dataSource.query(
      'SELECT count(*)::int AS pending FROM domain_change WHERE subject_id = $1 AND relayed_at IS NULL',
      [subjectId],
    );
    expect(pending).toBe(0);
  });

  it('keeps a change that was not relayed and lets the worker poll pick it up', async () => {
    const changes = t.worker.get(DomainChangesService, { strict: false });
    const subjectId = randomUUID();
    // No relaySoon(): as if the API crashed right after committing.
    await t.dataSource.transaction((manager) => changes.record(manager, 'seeker', subjectId, 'seeker.created'));
    await eventually(async () => {
      const [row] = await t.dataSource.query('SELECT 1 FROM match_subject_state WHERE subject_id = $1', [subjectId]);
      return row;
    });
  });
});
