import type { DataSource } from 'typeorm';
import { CampaignReportService } from '../campaigns/campaign-report.service.js';
import { Campaign } from '../campaigns/campaign.entity.js';

/** A few lines about the demo campaign, from the same report the API serves. */
export async function describeDemoCampaign(dataSource: DataSource, campaignId: string): Promise<string> {
  const campaign = await dataSource.getRepository(Campaign).findOneByOrFail({ id: campaignId });
  const report = await new CampaignReportService(dataSource).report(campaign);
  const { funnel } = report;
  const goals = report.goals.map((goal) => `${goal.goal} ${goal.actual}/${goal.target}`).join(', ');
  return [
    `${campaign.name} ${campaign.startsOn} 至 ${campaign.endsOn} (GET /campaigns/${campaign.id}/report, ?format=xlsx):`,
    `  held: ${report.events.livestream} livestream shows (${report.livestreamViews} peak viewers), ${report.events.fair} community fairs; ` +
      `${report.enterprises} enterprises, ${report.positions} positions, ${report.headcount} openings`,
    `  funnel: ${funnel.submitted} applied → ${funnel.intention} intention → ${funnel.interview} interview → ${funnel.offer} offer → ${funnel.placed} placed`,
    `  goals: ${goals}`,
  ].join('\n');
}

/** Seekers whose recommendations the demo prints: the demo seeker and two neighbours. */
export async function demoSeekers(dataSource: DataSource): Promise<Array<{ id: string; name: string }>> {
  return dataSource.query(
    `WITH me AS (SELECT s.id, s.region_code FROM user_account u JOIN seeker s ON s.id = u.seeker_id WHERE u.username = 'demo-seeker')
     SELECT s.id, s.full_name AS name FROM seeker s, me
      WHERE s.region_code = me.region_code AND s.consent_to_match
      ORDER BY s.id = me.id DESC, s.id LIMIT 3`,
  );
}

/** Their top stored recommendations, or null while the worker has not scored them all yet. */
export async function describeTopRecommendations(dataSource: DataSource, seekers: Array<{ id: string; name: string }>): Promise<string | null> {
  const lines: string[] = ['Top recommendations (GET /seekers/{id}/recommendations explains each):'];
  for (const seeker of seekers) {
    const rows: Array<{ title: string; enterprise: string; score: number }> = await dataSource.query(
      `SELECT p.title, e.name AS enterprise, r.score FROM seeker_recommendation r
         JOIN position p ON p.id = r.position_id JOIN enterprise e ON e.id = p.enterprise_id
        WHERE r.seeker_id = $1 ORDER BY r.score DESC LIMIT 3`,
      [seeker.id],
    );
    if (rows.length === 0) return null;
    lines.push(`  ${seeker.name} (${seeker.id}): ${rows.map((row) => `${row.enterprise} ${row.title} ${row.score.toFixed(2)}`).join('；')}`);
  }
  return lines.join('\n');
}
