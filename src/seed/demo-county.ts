import type { DataSource } from 'typeorm';
import type { PiiCipher } from '../core/pii/pii-cipher.js';
import { todayInServiceZone } from '../positions/position-rules.js';
import { demoIds } from './deterministic-id.js';
import { centreStaff, type DemoContext } from './generators/context.js';
import { generateEnterprises } from './generators/enterprises.js';
import { generatePositions } from './generators/positions.js';
import { generateSeekers } from './generators/seekers.js';
import { silentProgress, type SeedProgress } from './progress.js';
import { Random } from './random.js';
import { seedDemoAccounts, type DemoAccount } from './stages/accounts.stage.js';
import { seedDemoCampaign, type CampaignStageResult } from './stages/campaign.stage.js';
import { seedCatalogue } from './stages/catalogue.stage.js';
import { seedEnterprises } from './stages/enterprises.stage.js';
import { seedPositions } from './stages/positions.stage.js';
import { seedRegions } from './stages/regions.stage.js';
import { seedSeekers } from './stages/seekers.stage.js';
import { DEMO_TRAINING_CERTIFICATES, seedDemoTraining } from './stages/training.stage.js';
import type { WriteCounts } from './stages/write-counts.js';

export interface SeedDemoOptions {
  seed: number;
  county: string;
  enterprises: number;
  /** Each enterprise posts between these many positions (both included). */
  positionsPerEnterprise: readonly [number, number];
  seekers: number;
  /** Encrypts and hashes resident ID numbers with the service's PII key. */
  cipher: PiiCipher;
  /** YYYY-MM-DD the relative dates count from; today in China by default. */
  today?: string;
}

export const DEFAULT_DEMO = {
  seed: 20261123,
  county: '370983',
  enterprises: 50,
  positionsPerEnterprise: [3, 10] as const,
  seekers: 2000,
};

export interface SeedReport {
  seed: number;
  today: string;
  county: { code: string; name: string };
  streets: number;
  communities: number;
  grids: WriteCounts;
  certificateTypes: number;
  enterprises: WriteCounts;
  positions: WriteCounts & { open: number };
  requirements: WriteCounts;
  seekers: WriteCounts;
  certificates: WriteCounts;
  /** Outbox rows written: the worker rescores these subjects. */
  domainChanges: number;
  /** One sign-in per role, all with the demo password. */
  accounts: DemoAccount[];
  /** 春风行动: its held events and the applications they brought (0 and 0 on a re-run). */
  campaign: CampaignStageResult;
  /** Upcoming courses created (0 on a re-run). */
  trainingPrograms: number;
  elapsedMs: number;
}

/**
 * Seeds a realistic demo county: the real streets and communities, the centre's grids,
 * the certificate catalogue, enterprises, positions, and seekers with certificates.
 * Everything is a function of the seed (and the day, for relative dates), ids included,
 * so running it again upserts the same rows: nothing is duplicated, an interrupted run
 * is completed, and unchanged rows are not touched.
 */
export async function seedDemoCounty(
  dataSource: DataSource,
  options: SeedDemoOptions,
  progress: SeedProgress = silentProgress,
): Promise<SeedReport> {
  const started = Date.now();
  const today = options.today ?? todayInServiceZone();
  const rng = new Random(options.seed);

  const regions = await seedRegions(dataSource, rng, options.county, progress);
  const context: DemoContext = {
    rng,
    ids: demoIds(options.seed),
    today,
    countyCode6: regions.countyCode6,
    names: regions.names,
    map: regions.map,
    staff: centreStaff(rng),
  };

  const enterpriseRows = generateEnterprises(context, options.enterprises);
  const positionRows = generatePositions(context, enterpriseRows, options.positionsPerEnterprise);
  const seekerRows = generateSeekers(context, options.seekers);

  const referencedCodes = [
    ...positionRows.flatMap((row) => row.requirements.map((requirement) => requirement.certificateCode)),
    ...seekerRows.flatMap((row) => row.certificates.map((certificate) => certificate.certificateCode)),
    ...DEMO_TRAINING_CERTIFICATES,
  ];
  const certificateTypeIds = await seedCatalogue(dataSource, referencedCodes, progress);

  const enterprises = await seedEnterprises(dataSource, enterpriseRows, progress);
  const positions = await seedPositions(dataSource, positionRows, certificateTypeIds, context.ids, progress);
  const seekers = await seedSeekers(dataSource, seekerRows, certificateTypeIds, options.cipher, context.ids, progress);
  const accounts = await seedDemoAccounts(dataSource, regions.county.code);
  const campaign = await seedDemoCampaign(dataSource, context.ids, options.seed, regions.county.code, today);
  const trainingPrograms = await seedDemoTraining(dataSource, context.ids, options.seed, regions.county.code, today, certificateTypeIds);

  return {
    seed: options.seed,
    today,
    county: regions.county,
    streets: regions.streets,
    communities: regions.communities,
    grids: regions.grids,
    certificateTypes: certificateTypeIds.size,
    enterprises,
    positions: { ...positions.positions, open: positionRows.filter((row) => row.status === 'open').length },
    requirements: positions.requirements,
    seekers: seekers.seekers,
    certificates: seekers.certificates,
    domainChanges: positions.domainChanges + seekers.domainChanges,
    accounts,
    campaign,
    trainingPrograms,
    elapsedMs: Date.now() - started,
  };
}
