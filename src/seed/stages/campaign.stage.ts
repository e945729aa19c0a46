import type { DataSource } from 'typeorm';
import { addDays, occurrencesBetween, type SeriesRule } from '../../../libs/scheduling/index.js';
import type { DemoIds } from '../deterministic-id.js';
import { busiestCommunities } from './busiest-communities.js';
import { Random } from '../random.js';
import { inRegionSubtree } from '../../regions/region-subtree.js';
import { conflictKeyOf } from '../../events/event.entity.js';

export const DEMO_CAMPAIGN_NAME = '春风行动';
const CAMPAIGN_DAYS_BEFORE = 20;
const CAMPAIGN_DAYS_AFTER = 9;
const FAIR_COMMUNITIES = 3;

interface SeriesPlan {
  key: string;
  kind: 'livestream' | 'fair';
  title: string;
  rule: SeriesRule;
  regionCode: string;
  host: string | null;
  streamUrl: string | null;
  venue: string | null;
}

interface OpenPosition {
  id: string;
  enterprise_id: string;
}

export interface CampaignStageResult {
  campaignId: string;
  events: number;
  applications: number;
}

/**
 * A month-long 春风行动 in the demo county: a daily livestream show and weekly fairs in the
 * busiest communities, their past occurrences held (with sign-ups, audiences and
 * applications moving through the pipeline), the future ones left to the worker. A second
 * run, on any day, finds the campaign in place and writes nothing.
 */
export async function seedDemoCampaign(dataSource: DataSource, ids: DemoIds, seed: number, countyCode: string, today: string): Promise<CampaignStageResult> {
  const rng = new Random(seed).fork('campaign');
  const startsOn = addDays(today, -CAMPAIGN_DAYS_BEFORE);
  const campaignId = ids('campaign', 'spring');
  // Like the rest of the demo, the campaign keeps the dates of its first run: once it exists, nothing is added.
  const [created] = (await dataSource.query(
    `INSERT INTO campaign (id, name, starts_on, ends_on, region_code, goals) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (id) DO NOTHING RETURNING id`,
    [campaignId, DEMO_CAMPAIGN_NAME, startsOn, addDays(today, CAMPAIGN_DAYS_AFTER), countyCode,
      JSON.stringify({ events: 30, enterprises: 40, positions: 150, applications: 400, intentions: 150, placements: 50, livestreamViews: 30000 })],
  )) as Array<{ id: string }>;
  if (!created) return { campaignId, events: 0, applications: 0 };
  const [admin] = (await dataSource.query(`SELECT id FROM user_account WHERE username = 'demo-admin'`)) as Array<{ id: string }>;
  const communities = await busiestCommunities(dataSource, countyCode, FAIR_COMMUNITIES, { consentingOnly: true });

  const plans: SeriesPlan[] = [
    {
      key: 'daily-show', kind: 'livestream', title: '春风行动·每日直播带岗', regionCode: countyCode, host: '肥城人社直播间',
      streamUrl: 'https://live.example.cn/feicheng', venue: null,
      rule: { recurrence: { kind: 'daily' }, startTime: '15:00', durationMinutes: 60, startsOn, endsOn: addDays(today, CAMPAIGN_DAYS_AFTER) },
    },
    ...communities.map((community) => ({
      key: `fair-${community.code}`, kind: 'fair' as const, title: `${community.name}周三招聘会`, regionCode: community.code, host: null,
      streamUrl: null, venue: `${community.name}党群服务中心广场`,
      rule: { recurrence: { kind: 'weekly' as const, weekday: 3 }, startTime: '09:00', durationMinutes: 180, startsOn, endsOn: addDays(today, CAMPAIGN_DAYS_AFTER) },
    })),
  ];

  // Read once: every held event draws its enterprises and positions from these.
  const positions = (await dataSource.query(
    `SELECT p.id, p.enterprise_id FROM position p WHERE p.status = 'open' AND ${inRegionSubtree('p.region_code', '$1')} ORDER BY p.id`,
    [countyCode],
  )) as OpenPosition[];
  let events = 0;
  let applications = 0;
  for (const plan of plans) {
    const seriesId = ids('series', plan.key);
    const conflictKey = conflictKeyOf(plan);
    await dataSource.query(
      `INSERT INTO event_series (id, kind, title, recurrence, weekday, start_time, duration_minutes, starts_on, ends_on, region_code, host, stream_url, venue, conflict_key, version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, 1) ON CONFLICT (id) DO NOTHING`,
      [seriesId, plan.kind, plan.title, plan.rule.recurrence.kind, plan.rule.recurrence.kind === 'weekly' ? plan.rule.recurrence.weekday : null,
        plan.rule.startTime, plan.rule.durationMinutes, plan.rule.startsOn, plan.rule.endsOn, plan.regionCode, plan.host, plan.streamUrl, plan.venue, conflictKey],
    );
    // Held so far: the days before today. Later ones the worker materialises.
    for (const occurrence of occurrencesBetween(plan.rule, startsOn, addDays(today, -1))) {
      const eventRng = rng.fork(`${plan.key}:${occurrence.date}`);
      const eventId = ids('event', `${plan.key}:${occurrence.date}`);
      const [inserted] = (await dataSource.query(
        `INSERT INTO event (id, series_id, occurrence_date, kind, title, starts_at, ends_at, region_code, host, stream_url, venue, conflict_key, viewers_peak, invitations_sent_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $6) ON CONFLICT DO NOTHING RETURNING id`,
        [eventId, seriesId, occurrence.date, plan.kind, plan.title, occurrence.startsAt, occurrence.endsAt, plan.regionCode, plan.host, plan.streamUrl,
          plan.venue, conflictKey, plan.kind === 'livestream' ? eventRng.int(400, 3000) : 0],
      )) as Array<{ id: string }>;
      if (!inserted) continue;
      events++;
      applications += await holdEvent(dataSource, eventRng, ids, eventId, plan, occurrence.startsAt, admin!.id, positions);
    }
  }
  return { campaignId, events, applications };
}

/** Enterprises sign up with positions; residents apply; some move on to intention, interview, offer and work. */
async function holdEvent(
  dataSource: DataSource, rng: Random, ids: DemoIds, eventId: string, plan: SeriesPlan, startsAt: Date, adminId: string, positions: readonly OpenPosition[],
): Promise<number> {
  const enterprises = rng.sample([...new Set(positions.map((position) => position.enterprise_id))], rng.int(6, 8));
  const brought: string[] = [];
  for (const enterpriseId of enterprises) {
    await dataSource.query(`INSERT INTO event_enterprise (event_id, enterprise_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [eventId, enterpriseId]);
    const own = rng.sample(positions.filter((position) => position.enterprise_id === enterpriseId), rng.int(2, 3));
    for (const [index, position] of own.entries()) {
      await dataSource.query(
        `INSERT INTO event_position (event_id, position_id, enterprise_id, featured) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
        [eventId, position.id, enterpriseId, index === 0],
      );
      brought.push(position.id);
    }
  }
  const audience = (await dataSource.query(
    `SELECT id FROM seeker WHERE consent_to_match AND status = 'active' AND ${inRegionSubtree('region_code', '$1')} ORDER BY id`,
    [plan.regionCode],
  )) as Array<{ id: string }>;
  let made = 0;
  for (const seeker of rng.sample(audience, Math.min(audience.length, rng.int(10, 20)))) {
    const positionId = rng.pick(brought);
    const applicationId = ids('application', `${eventId}:${seeker.id}`);
    const enterpriseId = positions.find((position) => position.id === positionId)!.enterprise_id;
    const [row] = (await dataSource.query(
      `INSERT INTO application (id, seeker_id, position_id, enterprise_id, status, source, event_id, submitted_by_user_id, created_at)
       VALUES ($1, $2, $3, $4, 'submitted', $5, $6, $7, $8) ON CONFLICT DO NOTHING RETURNING id`,
      [applicationId, seeker.id, positionId, enterpriseId, plan.kind, eventId, adminId, startsAt],
    )) as Array<{ id: string }>;
    if (!row) continue;
    made++;
    await progress(dataSource, rng, applicationId, startsAt, adminId);
  }
  return made;
}

const PIPELINE: ReadonlyArray<['intention' | 'interview' | 'offer' | 'placed', number]> = [
  ['intention', 0.5],
  ['interview', 0.65],
  ['offer', 0.6],
  ['placed', 0.7],
];

async function progress(dataSource: DataSource, rng: Random, applicationId: string, submittedAt: Date, adminId: string): Promise<void> {
  let at = new Date(submittedAt.getTime() + rng.int(5, 50) * 60_000);
  const steps: Array<[string, Date]> = [['submitted', at]];
  for (const [status, chance] of PIPELINE) {
    const next = new Date(at.getTime() + rng.int(1, 3) * 86_400_000);
    if (next > new Date() || !rng.chance(chance)) break;
    at = next;
    steps.push([status, at]);
  }
  for (const [status, stepAt] of steps) {
    await dataSource.query(`INSERT INTO application_step (application_id, status, at, by_user_id) VALUES ($1, $2, $3, $4)`, [applicationId, status, stepAt, adminId]);
  }
  const [finalStatus, finalAt] = steps[steps.length - 1]!;
  const placed = finalStatus === 'placed';
  const verified = placed && rng.chance(0.5);
  await dataSource.query(
    `UPDATE application SET status = $2, updated_at = $3, start_date = $4, contract_type = $5,
            placement_verified_at = $6, placement_verified_by = $7 WHERE id = $1`,
    [applicationId, finalStatus, finalAt, placed ? addDays(finalAt.toISOString().slice(0, 10), 3) : null, placed ? 'labour_contract' : null,
      verified ? finalAt : null, verified ? '新城街道人社专员 (demo-centre)' : null],
  );
}

