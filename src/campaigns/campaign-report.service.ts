import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Campaign, CampaignGoals } from './campaign.entity.js';
import { BY_COMMUNITY_SQL, BY_TARGET_GROUP_SQL, BY_WEEK_SQL, CERTIFICATION_SQL, SUMMARY_SQL, TOP_ENTERPRISES_SQL } from './campaign-report.sql.js';

/** How soon after the assessment a placement counts as one the certificate led to. */
export const PLACED_WITHIN_DAYS = 90;

export const FUNNEL_STEPS = ['submitted', 'intention', 'interview', 'offer', 'placed'] as const;
type Funnel = Record<(typeof FUNNEL_STEPS)[number], number>;

export interface SplitRow extends Funnel {
  key: string | null;
  label: string;
}

export interface CampaignReport {
  campaign: { id: string; name: string; startsOn: string; endsOn: string; regionCode: string; targetGroups: string[] };
  events: { livestream: number; fair: number };
  enterprises: number;
  positions: number;
  headcount: number;
  livestreamViews: number;
  /** Applications reaching each step within the period (resumes received = submitted). */
  funnel: Funnel;
  /** Share of one step that reached the next; null when nothing reached the first. */
  conversion: Record<string, number | null>;
  goals: Array<{ goal: keyof CampaignGoals; target: number; actual: number; reached: boolean }>;
  byCommunity: SplitRow[];
  byTargetGroup: SplitRow[];
  byWeek: SplitRow[];
  topEnterprises: SplitRow[];
  /** 人人持证: training enrolments of the period, completed, passed, verified, then placed within `placedWithinDays`. */
  certification: { enrolled: number; completed: number; passed: number; certified: number; placedAfter: number; placedWithinDays: number };
}

/** The campaign report, every figure computed by PostgreSQL. */
@Injectable()
export class CampaignReportService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async report(campaign: Campaign): Promise<CampaignReport> {
    const params = [campaign.regionCode, campaign.startsOn, campaign.endsOn, campaign.targetGroups];
    const [summary] = (await this.dataSource.query(SUMMARY_SQL, params)) as Array<Record<string, string>>;
    const split = async (sql: string): Promise<SplitRow[]> =>
      ((await this.dataSource.query(sql, params)) as Array<Record<string, string | null>>).map((row) => ({
        key: row.key as string | null,
        label: row.label as string,
        ...funnelOf(row),
      }));
    const funnel = funnelOf(summary!);
    const [certification] = (await this.dataSource.query(CERTIFICATION_SQL, [...params, PLACED_WITHIN_DAYS])) as Array<Record<string, string>>;
    const figures = {
      events: Number(summary!.livestreams) + Number(summary!.fairs),
      enterprises: Number(summary!.enterprises),
      positions: Number(summary!.positions),
      headcount: Number(summary!.headcount),
      livestreamViews: Number(summary!.livestream_views),
      applications: funnel.submitted,
      intentions: funnel.intention,
      placements: funnel.placed,
    } satisfies Required<CampaignGoals>;
    return {
      campaign: {
        id: campaign.id,
        name: campaign.name,
        startsOn: campaign.startsOn,
        endsOn: campaign.endsOn,
        regionCode: campaign.regionCode,
        targetGroups: campaign.targetGroups,
      },
      events: { livestream: Number(summary!.livestreams), fair: Number(summary!.fairs) },
      enterprises: figures.enterprises,
      positions: figures.positions,
      headcount: figures.headcount,
      livestreamViews: figures.livestreamViews,
      funnel,
      conversion: Object.fromEntries(
        FUNNEL_STEPS.slice(1).map((step, index) => {
          const before = funnel[FUNNEL_STEPS[index]!];
          return [`${FUNNEL_STEPS[index]}→${step}`, before === 0 ? null : Math.round((1000 * funnel[step]) / before) / 1000];
        }),
      ),
      goals: (Object.entries(campaign.goals) as Array<[keyof CampaignGoals, number]>).map(([goal, target]) => ({
        goal,
        target,
        actual: figures[goal],
        reached: figures[goal] >= target,
      })),
      byCommunity: await split(BY_COMMUNITY_SQL),
      byTargetGroup: await split(BY_TARGET_GROUP_SQL),
      byWeek: await split(BY_WEEK_SQL),
      topEnterprises: await split(TOP_ENTERPRISES_SQL),
      certification: {
        enrolled: Number(certification!.enrolled),
        completed: Number(certification!.completed),
        passed: Number(certification!.passed),
        certified: Number(certification!.certified),
        placedAfter: Number(certification!.placed_after),
        placedWithinDays: PLACED_WITHIN_DAYS,
      },
    };
  }
}

function funnelOf(row: Record<string, string | null>): Funnel {
  return Object.fromEntries(FUNNEL_STEPS.map((step) => [step, Number(row[step] ?? 0)])) as Funnel;
}
