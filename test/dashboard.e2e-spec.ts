import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { addDays, chinaDate } from '../libs/scheduling/index.js';
import { createEnterprise, createRegionTree } from './support/factories.js';
import { createPosition } from './support/position-factories.js';
import { createSeeker } from './support/seeker-factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import { TEST_ADMIN } from './support/test-env.js';

/** Debian's Chromium (CI installs it); no browser is downloaded. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

describe('/dashboard in headless Chromium', () => {
  let t: TestApp;
  let browser: Browser;
  let baseUrl: string;
  beforeAll(async () => {
    t = await createTestApp();
    await t.app.listen(0, '127.0.0.1');
    baseUrl = (await t.app.getUrl()).replace('[::1]', '127.0.0.1');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  });
  afterAll(async () => {
    await browser?.close();
    await t.close();
  });

  it('signs in and draws the campaign funnel, communities, weekly trend and enterprises with the report’s numbers', async () => {
    const today = chinaDate(new Date());
    const tree = await createRegionTree(t.dataSource);
    const campaign = await t.http
      .post('/campaigns')
      .send({ name: `看板测试${Date.now()}`, startsOn: addDays(today, -3), endsOn: addDays(today, 30), regionCode: tree.district.code })
      .expect(201);
    const campaignId = campaign.body.id as string;
    const enterprise = await createEnterprise(t.dataSource, { regionCode: tree.community.code, name: '看板测试机械有限公司' });
    const position = await createPosition(t.dataSource, { enterpriseId: enterprise.id, regionCode: tree.community.code, status: 'open', headcount: 5 });
    const hr = await t.as({ role: 'hr_officer', enterpriseId: enterprise.id });
    for (let index = 0; index < 3; index++) {
      const seeker = await createSeeker(t, tree.grid.code);
      const application = (await t.http.post('/applications').send({ positionId: position.id, seekerId: seeker.id }).expect(201)).body;
      if (index < 2) await hr.post(`/applications/${application.id}/moves`).send({ move: 'intention' }).expect(200);
      if (index === 0) {
        await hr.post(`/applications/${application.id}/moves`).send({ move: 'offer' }).expect(200);
        await hr.post(`/applications/${application.id}/moves`).send({ move: 'place', startDate: today, contractType: 'labour_contract' }).expect(200);
      }
    }

    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const failures: string[] = [];
    page.on('pageerror', (error) => failures.push(error.message));
    await page.goto(`${baseUrl}/dashboard`);
    await page.fill('input[name=username]', TEST_ADMIN.username);
    await page.fill('input[name=password]', TEST_ADMIN.password);
    await page.click('button[type=submit]');
    await page.waitForSelector('body[data-ready]', { timeout: 15_000 });
    // Other suites' campaigns share the database: pick ours in the campaign selector.
    await page.selectOption('#campaign', campaignId);
    await page.waitForSelector(`body[data-ready="${campaignId}"]`, { timeout: 15_000 });

    const funnelText = await page.locator('[data-chart="funnel"] svg').textContent();
    expect(funnelText).toContain('投递：3');
    expect(funnelText).toContain('意向：2');
    expect(funnelText).toContain('就业：1');
    expect(await page.locator('[data-chart="enterprises"] svg').textContent()).toContain('看板测试机械有限公司');
    expect(await page.locator('[data-chart="communities"] svg').textContent()).toContain('贵和社区');
    expect(await page.locator('[data-figure="就业"] b').textContent()).toBe('1');
    expect(failures).toEqual([]);

    expect(await page.locator('#login').isVisible()).toBe(false);

    mkdirSync('test/artifacts', { recursive: true });
    writeFileSync('test/artifacts/dashboard.png', await page.screenshot({ fullPage: true }));
    // The pixels, not just the DOM: the funnel drawn differs from, and holds far more than, the same box cleared.
    const funnel = page.locator('[data-chart="funnel"]');
    const drawn = await funnel.screenshot();
    await page.evaluate(`echarts.getInstanceByDom(document.querySelector('[data-chart="funnel"]')).clear()`);
    const blank = await funnel.screenshot();
    expect(drawn.equals(blank)).toBe(false);
    expect(drawn.length).toBeGreaterThan(2 * blank.length);
  });
});
