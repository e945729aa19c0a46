import type { Role } from '../src/auth/roles.js';
import { createEnterprise, createRegionTree } from './support/factories.js';
import { createPosition } from './support/position-factories.js';
import { createSeeker } from './support/seeker-factories.js';
import { createTestApp, type Client, type TestApp } from './support/test-app.js';

/**
 * Lists hold exactly what the reader may see: the access matrix checks the status of
 * every call; this checks the contents of every list against records in two regions.
 */
describe('lists are scoped to their reader', () => {
  let t: TestApp;
  const clients = {} as Record<Role, Client>;
  const ids = {} as Record<string, string>;

  beforeAll(async () => {
    t = await createTestApp();
    const A = await createRegionTree(t.dataSource);
    const B = await createRegionTree(t.dataSource);
    const enterpriseA = await createEnterprise(t.dataSource, { regionCode: A.community.code });
    const enterpriseB = await createEnterprise(t.dataSource, { regionCode: B.community.code });
    const quietB = await createEnterprise(t.dataSource, { regionCode: B.community.code });
    const position = async (enterpriseId: string, regionCode: string, status: 'open' | 'draft') =>
      (await createPosition(t.dataSource, { enterpriseId, regionCode, status })).id;
    Object.assign(ids, {
      enterpriseA: enterpriseA.id,
      enterpriseB: enterpriseB.id,
      quietB: quietB.id,
      openA: await position(enterpriseA.id, A.community.code, 'open'),
      draftA: await position(enterpriseA.id, A.community.code, 'draft'),
      // Enterprise A's workplace in region B: the centre of A still manages it.
      draftAinB: await position(enterpriseA.id, B.community.code, 'draft'),
      openB: await position(enterpriseB.id, B.community.code, 'open'),
      draftB: await position(enterpriseB.id, B.community.code, 'draft'),
      seekerA: (await createSeeker(t, A.grid.code)).id,
      seekerA2: (await createSeeker(t, A.community.code)).id,
      seekerB: (await createSeeker(t, B.grid.code)).id,
    });
    clients.centre_admin = await t.as({ role: 'centre_admin', regionCode: A.district.code });
    clients.centre_staff = await t.as({ role: 'centre_staff', regionCode: A.district.code });
    clients.hr_officer = await t.as({ role: 'hr_officer', enterpriseId: enterpriseA.id });
    clients.grid_worker = await t.as({ role: 'grid_worker', regionCode: A.grid.code });
    clients.seeker = await t.as({ role: 'seeker', seekerId: ids.seekerA! });
  });
  afterAll(async () => {
    await t.close();
  });

  /** Which of the test's own records a list returns (other suites' records are ignored). */
  async function listed(role: Role, path: string): Promise<string[]> {
    const response = await clients[role].get(path).query({ pageSize: 100 });
    expect(response.status).toBe(200);
    const known = new Map(Object.entries(ids).map(([name, id]) => [id, name]));
    return response.body.items
      .map((item: { id: string }) => known.get(item.id))
      .filter((name: string | undefined) => name !== undefined)
      .sort();
  }

  it('GET /enterprises', async () => {
    expect(await listed('centre_staff', '/enterprises')).toEqual(['enterpriseA']);
    expect(await listed('hr_officer', '/enterprises')).toEqual(['enterpriseA']);
    // Recruiting enterprises are public to residents; one without open positions is not.
    expect(await listed('grid_worker', '/enterprises')).toEqual(['enterpriseA', 'enterpriseB']);
    expect(await listed('seeker', '/enterprises')).toEqual(['enterpriseA', 'enterpriseB']);
  });

  it('GET /positions', async () => {
    expect(await listed('centre_staff', '/positions')).toEqual(['draftA', 'draftAinB', 'openA', 'openB']);
    expect(await listed('hr_officer', '/positions')).toEqual(['draftA', 'draftAinB', 'openA', 'openB']);
    expect(await listed('grid_worker', '/positions')).toEqual(['openA', 'openB']);
    expect(await listed('seeker', '/positions')).toEqual(['openA', 'openB']);
  });

  it('GET /seekers', async () => {
    expect(await listed('centre_admin', '/seekers')).toEqual(['seekerA', 'seekerA2']);
    expect(await listed('centre_staff', '/seekers')).toEqual(['seekerA', 'seekerA2']);
    // The grid worker's grid holds seekerA; seekerA2 lives in the community around it.
    expect(await listed('grid_worker', '/seekers')).toEqual(['seekerA']);
  });
});
