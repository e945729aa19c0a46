import ExcelJS from 'exceljs';
import { addDays, chinaDate } from '../libs/scheduling/index.js';
import { createEnterprise, createRegionTree } from './support/factories.js';
import { createPosition } from './support/position-factories.js';
import { createSeeker } from './support/seeker-factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

describe('/campaigns and their reports', () => {
  let t: TestApp;
  let tree: Awaited<ReturnType<typeof createRegionTree>>;
  const today = chinaDate(new Date());
  beforeAll(async () => {
    t = await createTestApp();
    tree = await createRegionTree(t.dataSource);
  });
  afterAll(async () => {
    await t.close();
  });

  it('reports what happened in its region and period, computed in SQL, and exports it as CSV and Excel', async () => {
    const campaign = (
      await t.http
        .post('/campaigns')
        .send({ name: '春风行动', startsOn: addDays(today, -7), endsOn: addDays(today, 7), regionCode: tree.district.code, goals: { placements: 1, applications: 5 } })
        .expect(201)
    ).body;
    const enterprise = await createEnterprise(t.dataSource, { regionCode: tree.community.code });
    const position = await createPosition(t.dataSource, { enterpriseId: enterprise.id, regionCode: tree.community.code, status: 'open', headcount: 4 });
    // A show held yesterday with the enterprise and its position, watched by 300 at its peak.
    const yesterday = new Date(Date.now() - 24 * 3600_000);
    const show = (
      await t.http
        .post('/events')
        .send({ kind: 'livestream', title: '春风直播', regionCode: tree.district.code, streamUrl: `https://live.example.cn/${tree.district.code}`, startsAt: yesterday.toISOString(), endsAt: new Date(yesterday.getTime() + 3600_000).toISOString() })
        .expect(201)
    ).body;
    await t.dataSource.query(`INSERT INTO event_enterprise (event_id, enterprise_id) VALUES ($1, $2)`, [show.id, enterprise.id]);
    await t.dataSource.query(`INSERT INTO event_position (event_id, position_id, enterprise_id) VALUES ($1, $2, $3)`, [show.id, position.id, enterprise.id]);
    await t.dataSource.query(`UPDATE event SET viewers_peak = 300 WHERE id = $1`, [show.id]);

    const hr = await t.as({ role: 'hr_officer', enterpriseId: enterprise.id });
    const inGrid = await createSeeker(t, tree.grid.code, { targetGroups: ['stay_at_home_mother'] });
    const inCommunity = await createSeeker(t, tree.community.code, { targetGroups: [] });
    const placedId = (await t.http.post('/applications').send({ positionId: position.id, seekerId: inGrid.id, eventId: show.id }).expect(201)).body.id;
    await t.http.post('/applications').send({ positionId: position.id, seekerId: inCommunity.id }).expect(201);
    for (const move of ['intention', 'interview', 'offer']) await hr.post(`/applications/${placedId}/moves`).send({ move }).expect(200);
    await hr.post(`/applications/${placedId}/moves`).send({ move: 'place', startDate: today, contractType: 'labour_contract' }).expect(200);

    const report = (await t.http.get(`/campaigns/${campaign.id}/report`).expect(200)).body;
    expect(report).toMatchObject({
      events: { livestream: 1, fair: 0 },
      enterprises: 1,
      positions: 1,
      headcount: 4,
      livestreamViews: 300,
      funnel: { submitted: 2, intention: 1, interview: 1, offer: 1, placed: 1 },
      conversion: { 'submitted→intention': 0.5, 'intention→interview': 1, 'interview→offer': 1, 'offer→placed': 1 },
    });
    expect(report.goals).toEqual([
      { goal: 'placements', target: 1, actual: 1, reached: true },
      { goal: 'applications', target: 5, actual: 2, reached: false },
    ]);
    expect(report.byCommunity).toEqual([expect.objectContaining({ key: tree.community.code, submitted: 2, placed: 1 })]);
    expect(report.byTargetGroup).toEqual([
      expect.objectContaining({ key: 'none', submitted: 1, placed: 0 }),
      expect.objectContaining({ key: 'stay_at_home_mother', submitted: 1, placed: 1 }),
    ]);
    expect(report.byWeek.reduce((sum: number, row: { submitted: number }) => sum + row.submitted, 0)).toBe(2);
    expect(report.topEnterprises[0]).toMatchObject({ key: enterprise.id, placed: 1 });

    const csv = await t.http.get(`/campaigns/${campaign.id}/report`).query({ format: 'csv' }).expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.text).toContain('汇总,直播观看人次（峰值合计）,300');
    expect(csv.text).toContain('按重点群体,全职妈妈,1,1,1,1,1');

    const xlsx = await t.http.get(`/campaigns/${campaign.id}/report`).query({ format: 'xlsx' }).buffer(true).parse((response, done) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => done(null, Buffer.concat(chunks)));
    }).expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['汇总', '按社区', '按重点群体', '按周', '企业排行']);
    const summary = workbook.getWorksheet('汇总')!;
    const rows = summary.getSheetValues().filter(Boolean).map((row) => (row as unknown[]).slice(1));
    expect(rows).toContainEqual(['就业', 1]);
  });

  it('belongs to the centre of its region: others see 404, other roles 403', async () => {
    const campaign = (await t.http.post('/campaigns').send({ name: '就业援助月', startsOn: today, endsOn: addDays(today, 30), regionCode: tree.street.code }).expect(201)).body;
    const elsewhere = await t.as({ role: 'centre_staff', regionCode: (await createRegionTree(t.dataSource)).district.code });
    await elsewhere.get(`/campaigns/${campaign.id}`).expect(404);
    await elsewhere.get(`/campaigns/${campaign.id}/report`).expect(404);
    const hr = await t.as({ role: 'hr_officer', enterpriseId: (await createEnterprise(t.dataSource)).id });
    await hr.get('/campaigns').expect(403);
    const backwards = await t.http.post('/campaigns').send({ name: 'x', startsOn: today, endsOn: addDays(today, -1), regionCode: tree.street.code }).expect(400);
    expect(backwards.body.errors[0].field).toBe('endsOn');
    await t.http.get(`/campaigns/${campaign.id}/report`).query({ format: 'pdf' }).expect(400);
  });
});
