import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { TARGET_GROUP_LABELS_ZH, type TargetGroup } from '../../libs/labour-vocabulary/index.js';
import { FUNNEL_STEPS, type CampaignReport, type SplitRow } from './campaign-report.service.js';

const STEP_LABELS_ZH = { submitted: '投递简历', intention: '初步意向', interview: '面试', offer: '录用', placed: '就业' } as const;
const SUMMARY_LABELS_ZH: Array<[string, (report: CampaignReport) => number | string]> = [
  ['活动名称', (report) => report.campaign.name],
  ['起止日期', (report) => `${report.campaign.startsOn} 至 ${report.campaign.endsOn}`],
  ['直播带岗场次', (report) => report.events.livestream],
  ['社区招聘会场次', (report) => report.events.fair],
  ['参与企业', (report) => report.enterprises],
  ['提供岗位', (report) => report.positions],
  ['招聘人数', (report) => report.headcount],
  ['直播观看人次（峰值合计）', (report) => report.livestreamViews],
  ...FUNNEL_STEPS.map((step) => [STEP_LABELS_ZH[step], (report: CampaignReport) => report.funnel[step]] as [string, (report: CampaignReport) => number]),
  ['技能培训报名', (report) => report.certification.enrolled],
  ['培训结业', (report) => report.certification.completed],
  ['考核合格', (report) => report.certification.passed],
  ['取证（已核验）', (report) => report.certification.certified],
  ['取证后就业', (report) => `${report.certification.placedAfter}（${report.certification.placedWithinDays}天内）`],
];

const SPLITS: Array<[string, (report: CampaignReport) => SplitRow[], (row: SplitRow) => string]> = [
  ['按社区', (report) => report.byCommunity, (row) => row.label],
  ['按重点群体', (report) => report.byTargetGroup, (row) => TARGET_GROUP_LABELS_ZH[row.label as TargetGroup] ?? '未标注'],
  ['按周', (report) => report.byWeek, (row) => `${row.label} 起`],
  ['企业排行', (report) => report.topEnterprises, (row) => row.label],
];

const SPLIT_HEADER = ['分组', ...FUNNEL_STEPS.map((step) => STEP_LABELS_ZH[step])];

/** CSV (UTF-8 with BOM so Excel opens Chinese correctly), written row by row to `out`. */
export async function writeCsv(report: CampaignReport, out: Writable): Promise<void> {
  const write = (cells: Array<string | number>) =>
    new Promise<void>((resolve, reject) => {
      const line = `${cells.map(csvCell).join(',')}\r\n`;
      if (out.write(line)) resolve();
      else out.once('drain', resolve).once('error', reject);
    });
  out.write('\ufeff');
  await write(['部分', '项目', '数值']);
  for (const [label, value] of SUMMARY_LABELS_ZH) await write(['汇总', label, value(report)]);
  for (const goal of report.goals) await write(['目标', goal.goal, `${goal.actual}/${goal.target}`]);
  for (const [section, rowsOf, labelOf] of SPLITS) {
    await write([section, ...SPLIT_HEADER]);
    for (const row of rowsOf(report)) await write([section, labelOf(row), ...FUNNEL_STEPS.map((step) => row[step])]);
  }
}

/** An Excel workbook a centre can hand on: a summary sheet and one sheet per split, streamed. */
export async function writeWorkbook(report: CampaignReport, out: Writable): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  workbook.creator = 'JobBridge 就业桥';
  const summary = workbook.addWorksheet('汇总');
  summary.columns = [
    { header: '项目', width: 28 },
    { header: '数值', width: 24 },
  ];
  for (const [label, value] of SUMMARY_LABELS_ZH) summary.addRow([label, value(report)]).commit();
  for (const goal of report.goals) summary.addRow([`目标：${goal.goal}`, `${goal.actual} / ${goal.target}${goal.reached ? '（已完成）' : ''}`]).commit();
  summary.commit();
  for (const [section, rowsOf, labelOf] of SPLITS) {
    const sheet = workbook.addWorksheet(section);
    sheet.columns = SPLIT_HEADER.map((header, index) => ({ header, width: index === 0 ? 30 : 12 }));
    for (const row of rowsOf(report)) sheet.addRow([labelOf(row), ...FUNNEL_STEPS.map((step) => row[step])]).commit();
    sheet.commit();
  }
  await workbook.commit();
}

function csvCell(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
