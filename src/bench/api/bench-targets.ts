import type { DataSource } from 'typeorm';
import { inRegionSubtree } from '../../regions/region-subtree.js';
import { DEMO_PASSWORD } from '../../seed/stages/accounts.stage.js';

/** One signed-in session: the bearer header to send and who it is. */
export interface Session {
  username: string;
  authorization: string;
  regionCode: string | null;
  enterpriseId: string | null;
  seekerId: string | null;
}

/** A seeker a session may manage, and positions on its stored list (for feedback). */
export interface SeekerTarget {
  session: Session;
  seekerId: string;
  recommendedPositionIds: string[];
}

export interface PositionTarget {
  session: Session;
  positionId: string;
  headcount: number;
}

/** What the workloads pick from: every id is one the session may really read or change. */
export interface BenchTargets {
  /** Centre accounts (the county admin and a street's staff) × seekers of their region with stored recommendations. */
  centreSeekers: SeekerTarget[];
  /** The grid worker × residents of the grid with stored recommendations. */
  gridSeekers: SeekerTarget[];
  /** The HR officer × the enterprise's open positions (candidates, edits). */
  hrPositions: PositionTarget[];
  /** Open positions anyone signed in reads. */
  openPositionIds: string[];
  /** Every session, for reads that any role may make. */
  sessions: Session[];
}

/**
 * Several sessions per account, as real users are many: the session check of each request
 * then reads different rows rather than one hot row.
 */
const SESSIONS_PER_ACCOUNT: Record<string, number> = {
  'demo-admin': 4,
  'demo-centre': 2,
  'demo-grid': 2,
  'demo-hr': 2,
  'demo-seeker': 1,
};

export async function signIn(baseUrl: string, username: string): Promise<Session> {
  const response = await fetch(`${baseUrl}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (!response.ok) throw new Error(`sign-in as ${username} answered ${response.status}: ${await response.text()}`);
  const body = (await response.json()) as {
    accessToken: string;
    account: { regionCode: string | null; enterpriseId: string | null; seekerId: string | null };
  };
  return {
    username,
    authorization: `Bearer ${body.accessToken}`,
    regionCode: body.account.regionCode,
    enterpriseId: body.account.enterpriseId,
    seekerId: body.account.seekerId,
  };
}

/** Signs the demo accounts in through the API and reads, from the database, the ids each may use. */
export async function prepareTargets(baseUrl: string, dataSource: DataSource): Promise<BenchTargets> {
  const sessions: Session[] = [];
  for (const [username, count] of Object.entries(SESSIONS_PER_ACCOUNT)) {
    for (let i = 0; i < count; i++) sessions.push(await signIn(baseUrl, username));
  }
  const of = (username: string) => sessions.filter((session) => session.username === username);

  const centreSeekers: SeekerTarget[] = [];
  for (const session of [...of('demo-admin'), ...of('demo-centre')]) {
    centreSeekers.push(...(await seekersWithRecommendations(dataSource, session)));
  }
  const gridSeekers = (await Promise.all(of('demo-grid').map((session) => seekersWithRecommendations(dataSource, session)))).flat();
  const hrPositions: PositionTarget[] = [];
  for (const session of of('demo-hr')) {
    const rows: Array<{ id: string; headcount: number }> = await dataSource.query(
      `SELECT id, headcount FROM position WHERE enterprise_id = $1 AND status = 'open' ORDER BY id`,
      [session.enterpriseId],
    );
    hrPositions.push(...rows.map((row) => ({ session, positionId: row.id, headcount: row.headcount })));
  }
  const openPositionIds = ((await dataSource.query(`SELECT id FROM position WHERE status = 'open' ORDER BY id`)) as Array<{ id: string }>).map(
    (row) => row.id,
  );
  for (const [name, list] of Object.entries({ centreSeekers, gridSeekers, hrPositions, openPositionIds })) {
    if (list.length === 0) throw new Error(`no ${name} to load: was the demo county seeded and scored?`);
  }
  return { centreSeekers, gridSeekers, hrPositions, openPositionIds, sessions };
}

async function seekersWithRecommendations(dataSource: DataSource, session: Session): Promise<SeekerTarget[]> {
  const params: unknown[] = [];
  let inRegion = 'TRUE';
  if (session.regionCode !== null) {
    params.push(session.regionCode);
    inRegion = inRegionSubtree('s.region_code', '$1');
  }
  const rows: Array<{ seeker_id: string; position_ids: string[] }> = await dataSource.query(
    `SELECT m.seeker_id, array_agg(m.position_id ORDER BY m.score DESC) AS position_ids
       FROM seeker_recommendation m JOIN seeker s ON s.id = m.seeker_id
      WHERE ${inRegion}
      GROUP BY m.seeker_id ORDER BY m.seeker_id`,
    params,
  );
  return rows.map((row) => ({ session, seekerId: row.seeker_id, recommendedPositionIds: row.position_ids }));
}
