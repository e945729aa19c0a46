import { isValidResidentId, isValidUnifiedSocialCreditCode } from '../libs/china-ids/index.js';
import { loadConfig } from '../src/core/config/load-config.js';
import { PiiCipher } from '../src/core/pii/pii-cipher.js';
import { seedDemoCounty, type SeedDemoOptions, type SeedReport } from '../src/seed/demo-county.js';
import { demoIds } from '../src/seed/deterministic-id.js';
import { addDays } from '../src/seed/generators/dates.js';
import { requirementId } from '../src/seed/generators/positions.js';
import { MAX_SEEDED_CERTIFICATES, seekerCertificateId } from '../src/seed/generators/seekers.js';
import { DEMO_PASSWORD } from '../src/seed/stages/accounts.stage.js';
import { SEED_IMPORTED, SEED_UPDATED } from '../src/seed/stages/domain-changes.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import { testEnv } from './support/test-env.js';

/** The seed stages on the test database, at a small size, run several times over. */
describe('seed:demo (demo county 肥城市)', () => {
  let t: TestApp;
  let cipher: PiiCipher;
  let options: SeedDemoOptions;
  let first: SeedReport;
  let seededIds: { enterprises: string[]; positions: string[]; seekers: string[] };

  const count = async (sql: string, parameters: unknown[] = []) => {
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM (${sql}) AS counted`, parameters);
    return n as number;
  };
  const demoCounts = async () => ({
    enterprises: await count('SELECT 1 FROM enterprise WHERE id = ANY($1)', [seededIds.enterprises]),
    positions: await count('SELECT 1 FROM position WHERE id = ANY($1)', [seededIds.positions]),
    requirements: await count('SELECT 1 FROM position_certificate_requirement WHERE position_id = ANY($1)', [seededIds.positions]),
    seekers: await count('SELECT 1 FROM seeker WHERE id = ANY($1)', [seededIds.seekers]),
    certificates: await count('SELECT 1 FROM seeker_certificate WHERE seeker_id = ANY($1)', [seededIds.seekers]),
    grids: await count(`SELECT 1 FROM region WHERE level = 'grid' AND code LIKE '370983%'`),
    communities: await count(`SELECT 1 FROM region WHERE level = 'community' AND code LIKE '370983%'`),
    domainChanges: await count('SELECT 1 FROM domain_change WHERE subject_id = ANY($1)', [[...seededIds.positions, ...seededIds.seekers]]),
  });
  const tableCounts = async () => {
    const tables = ['region', 'enterprise', 'position', 'position_certificate_requirement', 'seeker', 'seeker_certificate', 'certificate_type'];
    return Object.fromEntries(await Promise.all(tables.map(async (table) => [table, await count(`SELECT 1 FROM "${table}"`)])));
  };

  beforeAll(async () => {
    t = await createTestApp();
    cipher = new PiiCipher(loadConfig(testEnv()).PII_KEY);
    options = { seed: 4242, county: '370983', enterprises: 5, positionsPerEnterprise: [3, 6], seekers: 100, cipher };
    first = await seedDemoCounty(t.dataSource, options);
    // Demo ids are name-based (seed + key), so the test knows them without asking the seed.
    const ids = demoIds(options.seed);
    const candidatePositions = Array.from({ length: 5 }, (_, key) => Array.from({ length: 6 }, (__, index) => ids('position', `${key}:${index}`))).flat();
    seededIds = {
      enterprises: Array.from({ length: 5 }, (_, key) => ids('enterprise', key)),
      positions: (await t.dataSource.query('SELECT id FROM position WHERE id = ANY($1) ORDER BY id', [candidatePositions])).map(
        (row: { id: string }) => row.id,
      ),
      seekers: Array.from({ length: 100 }, (_, key) => ids('seeker', key)),
    };
  });
  afterAll(async () => {
    await t.close();
  });

  it('imports the real county and adds 2–4 grids per community', async () => {
    expect(first.county).toEqual({ code: '370983000000', name: '肥城市' });
    expect(first.streets).toBe(14);
    expect(first.communities).toBeGreaterThan(600);
    expect(first.grids.total).toBeGreaterThanOrEqual(2 * first.communities);
    expect(first.grids.total).toBeLessThanOrEqual(4 * first.communities);
    const [grid] = await t.dataSource.query(`SELECT * FROM region WHERE code = '370983001016G01'`);
    expect(grid).toMatchObject({ level: 'grid', parent_code: '370983001016', name: '贵和社区第一网格' });
    expect(grid.path.endsWith('/370983001016/370983001016G01')).toBe(true);
    expect(Math.abs(grid.latitude - 36.18)).toBeLessThan(0.3);
    expect(Math.abs(grid.longitude - 116.77)).toBeLessThan(0.4);
  });

  it('writes the requested sizes, valid codes and IDs, stored like the service stores them', async () => {
    expect(first.enterprises).toEqual({ total: 5, inserted: 5, updated: 0, removed: 0 });
    expect(first.seekers).toEqual({ total: 100, inserted: 100, updated: 0, removed: 0 });
    expect(first.positions.inserted).toBe(first.positions.total);
    expect(first.positions.total).toBeGreaterThanOrEqual(5 * 3);
    expect(first.positions.total).toBeLessThanOrEqual(5 * 6);
    expect(seededIds.enterprises).toHaveLength(5);
    expect(seededIds.positions).toHaveLength(first.positions.total);
    expect(seededIds.seekers).toHaveLength(100);

    const enterprises = await t.dataSource.query('SELECT credit_code FROM enterprise WHERE id = ANY($1)', [seededIds.enterprises]);
    for (const { credit_code } of enterprises) expect(isValidUnifiedSocialCreditCode(credit_code)).toBe(true);

    const seekers = await t.dataSource.query(
      'SELECT id_number_encrypted, id_number_hash, id_number_masked, gender, birth_date::text FROM seeker WHERE id = ANY($1)',
      [seededIds.seekers],
    );
    for (const seeker of seekers) {
      const idNumber = cipher.decrypt(seeker.id_number_encrypted);
      expect(isValidResidentId(idNumber)).toBe(true);
      expect(seeker.id_number_hash).toBe(cipher.hash(idNumber));
      expect(seeker.id_number_masked).toBe(`${idNumber.slice(0, 6)}********${idNumber.slice(14)}`);
      expect(seeker.birth_date).toBe(`${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`);
    }
    expect(first.certificates.total).toBeGreaterThan(20);
    expect(await count('SELECT 1 FROM seeker_certificate WHERE seeker_id = ANY($1)', [seededIds.seekers])).toBe(first.certificates.total);
  });

  it('records one outbox row per new position and seeker, for the worker to score them', async () => {
    const reasons = await t.dataSource.query(
      'SELECT subject_type, reason, count(*)::int AS n FROM domain_change WHERE subject_id = ANY($1) GROUP BY 1, 2 ORDER BY 1',
      [[...seededIds.positions, ...seededIds.seekers]],
    );
    expect(reasons).toEqual([
      { subject_type: 'position', reason: SEED_IMPORTED, n: first.positions.total },
      { subject_type: 'seeker', reason: SEED_IMPORTED, n: 100 },
    ]);
    expect(first.domainChanges).toBe(first.positions.total + 100);
  });

  it('changes nothing and duplicates nothing when run again', async () => {
    const before = { demo: await demoCounts(), tables: await tableCounts() };
    const versions = await t.dataSource.query('SELECT id, version, updated_at FROM position WHERE id = ANY($1) ORDER BY id', [seededIds.positions]);
    const again = await seedDemoCounty(t.dataSource, options);
    const nothing = { inserted: 0, updated: 0, removed: 0 };
    expect(again.grids).toEqual({ total: first.grids.total, ...nothing });
    expect(again.enterprises).toEqual({ total: 5, ...nothing });
    expect(again.positions).toMatchObject({ total: first.positions.total, ...nothing });
    expect(again.requirements).toEqual({ total: first.requirements.total, ...nothing });
    expect(again.seekers).toEqual({ total: 100, ...nothing });
    expect(again.certificates).toEqual({ total: first.certificates.total, ...nothing });
    expect(again.domainChanges).toBe(0);
    expect({ demo: await demoCounts(), tables: await tableCounts() }).toEqual(before);
    expect(await t.dataSource.query('SELECT id, version, updated_at FROM position WHERE id = ANY($1) ORDER BY id', [seededIds.positions])).toEqual(
      versions,
    );
  });

  it('changes nothing either when run again on another day (relative dates stay those of the first run)', async () => {
    const nextWeek = await seedDemoCounty(t.dataSource, { ...options, today: addDays(first.today, 7) });
    for (const counts of [nextWeek.grids, nextWeek.enterprises, nextWeek.positions, nextWeek.requirements, nextWeek.seekers, nextWeek.certificates]) {
      expect(counts).toMatchObject({ inserted: 0, updated: 0, removed: 0 });
    }
    expect(nextWeek.domainChanges).toBe(0);
  });

  it('completes an interrupted run and restores demo rows edited since, telling the worker about both', async () => {
    // Seekers the campaign stage gave no application (and no account), as an interrupted run would lack them.
    const untouched: Array<{ id: string }> = await t.dataSource.query(
      `SELECT s.id FROM seeker s WHERE s.id = ANY($1)
          AND NOT EXISTS (SELECT 1 FROM application a WHERE a.seeker_id = s.id)
          AND NOT EXISTS (SELECT 1 FROM user_account u WHERE u.seeker_id = s.id)
        ORDER BY s.id DESC LIMIT 10`,
      [seededIds.seekers],
    );
    const [removed, edited] = [untouched.map((row) => row.id), seededIds.positions[0]];
    expect(removed).toHaveLength(10);
    await t.dataSource.query('DELETE FROM seeker WHERE id = ANY($1)', [removed]); // certificates go with them
    const [[{ title, version }]] = await t.dataSource.query(
      `UPDATE position SET title = '改过的标题' WHERE id = $1 RETURNING title, version`,
      [edited],
    );
    expect(title).toBe('改过的标题');
    const [{ last }] = await t.dataSource.query('SELECT coalesce(max(id), 0) AS last FROM domain_change');

    const repair = await seedDemoCounty(t.dataSource, options);
    expect(repair.seekers).toEqual({ total: 100, inserted: 10, updated: 0, removed: 0 });
    expect(repair.positions).toMatchObject({ inserted: 0, updated: 1 });
    const [restored] = await t.dataSource.query('SELECT title, version FROM position WHERE id = $1', [edited]);
    expect(restored.title).not.toBe('改过的标题');
    expect(restored.version).toBe(version + 1);
    const recent = await t.dataSource.query(
      'SELECT subject_id, reason FROM domain_change WHERE id > $1 ORDER BY id',
      [last],
    );
    expect(repair.domainChanges).toBe(11);
    expect(recent).toHaveLength(11);
    expect(recent.filter((row: { reason: string }) => row.reason === SEED_IMPORTED).map((row: { subject_id: string }) => row.subject_id).sort()).toEqual(
      [...removed].sort(),
    );
    expect(recent.filter((row: { reason: string }) => row.reason === SEED_UPDATED)).toEqual([{ subject_id: edited, reason: SEED_UPDATED }]);
    expect(await demoCounts()).toMatchObject({ seekers: 100, positions: first.positions.total });
  });

  it('drops children it made and no longer generates, and keeps those added through the API', async () => {
    const ids = demoIds(options.seed);
    const [position] = await t.dataSource.query(
      `SELECT p.id FROM position p WHERE p.id = ANY($1)
       AND NOT EXISTS (SELECT 1 FROM position_certificate_requirement r WHERE r.position_id = p.id) ORDER BY p.id LIMIT 1`,
      [seededIds.positions],
    );
    const types = await t.dataSource.query(
      `SELECT id, code FROM certificate_type WHERE code IN ('welder-skill-level', 'electrician-skill-level') ORDER BY code DESC`,
    );
    const staleRequirement = requirementId(ids, position.id, types[0].code);
    await t.dataSource.query(
      `INSERT INTO position_certificate_requirement (id, position_id, certificate_type_id, min_level, mandatory) VALUES
       ($1, $2, $3, 4, true), (gen_random_uuid(), $2, $4, 5, false)`,
      [staleRequirement, position.id, types[0].id, types[1].id],
    );
    const held = await t.dataSource.query(
      'SELECT s.id, count(c.id)::int AS n FROM seeker s LEFT JOIN seeker_certificate c ON c.seeker_id = s.id WHERE s.id = ANY($1) GROUP BY s.id',
      [seededIds.seekers],
    );
    const holding = new Map(held.map((row: { id: string; n: number }) => [row.id, row.n]));
    const seekerKey = seededIds.seekers.findIndex((id) => (holding.get(id) as number) < MAX_SEEDED_CERTIFICATES);
    // The next certificate index this seeker's generator did not use: as if an earlier version had made one more.
    const staleCertificate = seekerCertificateId(ids, seekerKey, holding.get(seededIds.seekers[seekerKey]) as number);
    await t.dataSource.query(
      `INSERT INTO seeker_certificate (id, seeker_id, certificate_type_id, certificate_number, level, issuer, issued_on)
       VALUES ($1, $2, $3, 'S-STALE-0001', 4, '泰安市技师学院', '2020-05-01')`,
      [staleCertificate, seededIds.seekers[seekerKey], types[0].id],
    );
    const [{ last }] = await t.dataSource.query('SELECT coalesce(max(id), 0) AS last FROM domain_change');

    const pruned = await seedDemoCounty(t.dataSource, options);
    expect(pruned.requirements).toMatchObject({ inserted: 0, updated: 0, removed: 1 });
    expect(pruned.certificates).toMatchObject({ inserted: 0, updated: 0, removed: 1 });
    const left = await t.dataSource.query('SELECT id, certificate_type_id FROM position_certificate_requirement WHERE position_id = $1', [position.id]);
    expect(left).toEqual([{ id: expect.any(String), certificate_type_id: types[1].id }]);
    expect(await count('SELECT 1 FROM seeker_certificate WHERE id = $1', [staleCertificate])).toBe(0);
    const changes = await t.dataSource.query('SELECT subject_id, reason FROM domain_change WHERE id > $1 ORDER BY subject_type', [last]);
    expect(changes).toEqual([
      { subject_id: position.id, reason: SEED_UPDATED },
      { subject_id: seededIds.seekers[seekerKey], reason: SEED_UPDATED },
    ]);
  });

  it('is listed by the positions API with its enterprise and certificate requirements', async () => {
    const [enterprise] = await t.dataSource.query(
      `SELECT e.id, e.name, count(p.id)::int AS positions FROM enterprise e JOIN position p ON p.enterprise_id = e.id
       WHERE e.id = ANY($1) GROUP BY e.id ORDER BY count(p.id) DESC, e.id LIMIT 1`,
      [seededIds.enterprises],
    );
    const response = await t.http.get('/positions').query({ enterpriseId: enterprise.id, pageSize: 100 });
    expect(response.status).toBe(200);
    expect(response.body.total).toBe(enterprise.positions);
    expect(response.body.items).toHaveLength(enterprise.positions);
    for (const item of response.body.items) {
      expect(seededIds.positions).toContain(item.id);
      expect(item.enterprise).toEqual({ id: enterprise.id, name: enterprise.name });
      expect(item.salaryMin).toBeLessThanOrEqual(item.salaryMax);
      expect(item.description).toContain(enterprise.name);
    }

    const [withRequirement] = await t.dataSource.query(
      `SELECT r.position_id, t.code FROM position_certificate_requirement r JOIN certificate_type t ON t.id = r.certificate_type_id
       WHERE r.position_id = ANY($1) ORDER BY r.position_id LIMIT 1`,
      [seededIds.positions],
    );
    const one = await t.http.get(`/positions/${withRequirement.position_id}`);
    expect(one.status).toBe(200);
    expect(one.body.certificateRequirements.map((requirement: { code: string }) => requirement.code)).toContain(withRequirement.code);

    const open = await t.http.get('/positions').query({ status: 'open', regionCode: '370983000000', pageSize: 100 });
    expect(open.status).toBe(200);
    expect(open.body.total).toBeGreaterThanOrEqual(first.positions.open);
  });

  it('creates one account per role over the county, each able to sign in and scoped to what it serves', async () => {
    expect(first.accounts.map((account) => account.role)).toEqual(['centre_admin', 'centre_staff', 'hr_officer', 'grid_worker', 'seeker']);
    const clients = Object.fromEntries(
      await Promise.all(first.accounts.map(async (account) => [account.role, (await t.signIn(account.username, DEMO_PASSWORD)).client] as const)),
    );
    const scopes = await t.dataSource.query(
      `SELECT u.role, u.region_code, r.level, u.enterprise_id, u.seeker_id, s.region_code AS seeker_region
         FROM user_account u LEFT JOIN region r ON r.code = u.region_code LEFT JOIN seeker s ON s.id = u.seeker_id
        WHERE u.username LIKE 'demo-%' ORDER BY u.username`,
    );
    const byRole = Object.fromEntries(scopes.map((row: { role: string }) => [row.role, row]));
    expect(byRole.centre_admin).toMatchObject({ region_code: '370983000000' });
    expect(byRole.centre_staff.level).toBe('street');
    expect(byRole.grid_worker.level).toBe('grid');
    expect(seededIds.enterprises).toContain(byRole.hr_officer.enterprise_id);
    // The demo seeker lives in the demo grid worker's grid.
    expect(byRole.seeker.seeker_region).toBe(byRole.grid_worker.region_code);
    const me = await clients.seeker!.get('/me');
    expect(me.body).toMatchObject({ role: 'seeker', seekerId: byRole.seeker.seeker_id });
    expect((await clients.grid_worker!.get(`/seekers/${byRole.seeker.seeker_id}`)).status).toBe(200);

    const again = await seedDemoCounty(t.dataSource, options);
    expect(again.accounts).toEqual(first.accounts);
    expect(await count(`SELECT 1 FROM user_account WHERE username LIKE 'demo-%'`)).toBe(5);
  });

  it('runs a month-long 春风行动: held shows and fairs with sign-ups, audiences and applications through the pipeline', async () => {
    const campaign = first.campaign;
    expect(campaign.events).toBeGreaterThan(20);
    expect(campaign.applications).toBeGreaterThan(100);
    const [row] = await t.dataSource.query(`SELECT name, region_code, ends_on - starts_on AS days FROM campaign WHERE id = $1`, [campaign.campaignId]);
    expect(row).toMatchObject({ name: '春风行动', region_code: '370983000000', days: 29 });
    const report = (await t.http.get(`/campaigns/${campaign.campaignId}/report`).expect(200)).body;
    expect(report.events.livestream).toBeGreaterThanOrEqual(19);
    expect(report.events.fair).toBeGreaterThanOrEqual(6);
    expect(report.livestreamViews).toBeGreaterThan(0);
    expect(report.funnel.submitted).toBe(campaign.applications);
    expect(report.funnel.placed).toBeGreaterThan(0);
    expect(report.funnel.placed).toBeLessThan(report.funnel.intention);
    // The future occurrences are the worker's; a re-run adds no event and no application.
    const again = await seedDemoCounty(t.dataSource, options);
    expect(again.campaign).toEqual({ campaignId: campaign.campaignId, events: 0, applications: 0 });
  });

  it('opens the county’s upcoming courses, and the training demand names certificates residents lack for strong matches', async () => {
    expect(first.trainingPrograms).toBe(7);
    const programs = (await t.http.get('/training-programs').query({ regionCode: '370983000000', pageSize: 50 }).expect(200)).body.items;
    const seeded = programs.filter((program: { provider: string; title: string }) => /培训/.test(program.title));
    expect(seeded.map((program: { title: string }) => program.title)).toEqual(expect.arrayContaining(['焊工（四级）技能提升培训班', '育婴员（五级）社区培训', '中国结编织专项能力培训']));
    const welding = (await t.http.get(`/training-programs/${seeded.find((p: { title: string }) => p.title.startsWith('焊工')).id}`).expect(200)).body;
    expect(welding.sessions).toHaveLength(10);
    expect(new Date(welding.sessions[0].startsAt).getTime()).toBeGreaterThan(Date.now());

    const demand = (await t.http.get('/training-demand').query({ regionCode: '370983000000' }).expect(200)).body;
    expect(demand.seekersExamined).toBeGreaterThan(50);
    expect(demand.overall.length).toBeGreaterThan(0);
    expect(demand.overall[0].seekers).toBeGreaterThan(0);
    expect(demand.communities.length).toBeGreaterThan(0);

    const again = await seedDemoCounty(t.dataSource, options);
    expect(again.trainingPrograms).toBe(0);
  });
});
