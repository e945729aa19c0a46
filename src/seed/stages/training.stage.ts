import type { DataSource } from 'typeorm';
import type { TargetGroup } from '../../../libs/labour-vocabulary/index.js';
import { addDays, chinaInstant } from '../../../libs/scheduling/index.js';
import type { DemoIds } from '../deterministic-id.js';
import { busiestCommunities } from './busiest-communities.js';
import { Random } from '../random.js';

/** The certificates the demo's courses prepare for (catalogue codes), with the courses typical of a county. */
export const DEMO_TRAINING_CERTIFICATES = [
  'welder-skill-level',
  'electrician-skill-level',
  'infant-care-worker-skill-level',
  'domestic-service-worker-skill-level',
  'cleaner-skill-level',
  'chinese-pastry-cook-skill-level',
  'chinese-knotting-special-ability',
] as const;

interface CoursePlan {
  key: string;
  title: string;
  certificate: (typeof DEMO_TRAINING_CERTIFICATES)[number];
  level: number | null;
  provider: string;
  /** Held at the county's training school, or in a community's own hall. */
  where: 'county' | 'community';
  capacity: number;
  costCny: number;
  targetGroups: TargetGroup[];
  /** Days after the first run's day when the sessions begin, how many, and every how many days. */
  startsInDays: number;
  sessions: number;
  everyDays: number;
}

const COURSES: CoursePlan[] = [
  { key: 'welder', title: '焊工（四级）技能提升培训班', certificate: 'welder-skill-level', level: 4, provider: '肥城市职业技能培训学校', where: 'county', capacity: 40, costCny: 0, targetGroups: ['rural_migrant'], startsInDays: 5, sessions: 10, everyDays: 1 },
  { key: 'electrician', title: '电工（五级）培训班', certificate: 'electrician-skill-level', level: 5, provider: '肥城市职业技能培训学校', where: 'county', capacity: 30, costCny: 0, targetGroups: [], startsInDays: 12, sessions: 8, everyDays: 2 },
  { key: 'infant-care', title: '育婴员（五级）社区培训', certificate: 'infant-care-worker-skill-level', level: 5, provider: '泰安市巾帼家政培训中心', where: 'community', capacity: 30, costCny: 0, targetGroups: ['stay_at_home_mother'], startsInDays: 3, sessions: 6, everyDays: 2 },
  { key: 'domestic', title: '家政服务员（五级）培训', certificate: 'domestic-service-worker-skill-level', level: 5, provider: '泰安市巾帼家政培训中心', where: 'community', capacity: 30, costCny: 0, targetGroups: ['stay_at_home_mother', 'laid_off'], startsInDays: 8, sessions: 5, everyDays: 2 },
  { key: 'cleaner', title: '保洁员（五级）培训', certificate: 'cleaner-skill-level', level: 5, provider: '肥城市物业服务协会', where: 'community', capacity: 25, costCny: 0, targetGroups: ['hard_to_employ'], startsInDays: 6, sessions: 3, everyDays: 1 },
  { key: 'pastry', title: '中式面点师（五级）培训班', certificate: 'chinese-pastry-cook-skill-level', level: 5, provider: '肥城市烹饪职业培训学校', where: 'county', capacity: 30, costCny: 300, targetGroups: [], startsInDays: 10, sessions: 12, everyDays: 1 },
  { key: 'knotting', title: '中国结编织专项能力培训', certificate: 'chinese-knotting-special-ability', level: null, provider: '社区妇联手工坊', where: 'community', capacity: 20, costCny: 0, targetGroups: ['stay_at_home_mother', 'disabled'], startsInDays: 4, sessions: 4, everyDays: 7 },
];

/** Sessions start at 09:00 China time and last two and a half hours. */
const SESSION_START = '09:00';
const SESSION_MINUTES = 150;

/**
 * Upcoming courses (人人持证) in the demo county: the county training school's and the
 * busiest communities' own, free but for one, each with its sessions. Like the campaign,
 * they keep the dates of the first run: a second run writes nothing.
 */
export async function seedDemoTraining(dataSource: DataSource, ids: DemoIds, seed: number, countyCode: string, today: string, certificateTypeIds: ReadonlyMap<string, string>): Promise<number> {
  const rng = new Random(seed).fork('training');
  const communities = await busiestCommunities(dataSource, countyCode, 4, { consentingOnly: false });
  let created = 0;
  for (const course of COURSES) {
    const community = rng.pick(communities);
    const [regionCode, venue] =
      course.where === 'county' || !community ? [countyCode, `${course.provider}实训楼`] : [community.code, `${community.name}党群服务中心培训教室`];
    const programId = ids('training-program', course.key);
    const [inserted] = (await dataSource.query(
      `INSERT INTO training_program (id, title, certificate_type_id, level, provider, region_code, venue, capacity, cost_cny, target_groups)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (id) DO NOTHING RETURNING id`,
      [programId, course.title, certificateTypeIds.get(course.certificate), course.level, course.provider, regionCode, venue, course.capacity, course.costCny, course.targetGroups],
    )) as Array<{ id: string }>;
    if (!inserted) continue;
    created++;
    for (let n = 0; n < course.sessions; n++) {
      const startsAt = chinaInstant(addDays(today, course.startsInDays + n * course.everyDays), SESSION_START);
      await dataSource.query(`INSERT INTO training_session (id, program_id, starts_at, ends_at) VALUES ($1, $2, $3, $4) ON CONFLICT (id) DO NOTHING`, [
        ids('training-session', `${course.key}:${n}`),
        programId,
        startsAt,
        new Date(startsAt.getTime() + SESSION_MINUTES * 60_000),
      ]);
    }
  }
  return created;
}
