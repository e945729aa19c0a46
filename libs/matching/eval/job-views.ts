import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MatchingEngine } from '../engine.js';
import { JOB_VIEWS_NOW, mapPosition, mapSeeker, type JobViewsPosition, type JobViewsSeeker } from './job-views-mapper.js';
import { JOB_VIEWS_WEIGHTS } from './job-views-weights.js';
import { loadUsGazetteer } from './us-gazetteer.js';
import { evaluateRankings } from './metrics.js';

/**
 * npm run eval:job-views -- [--qrels PATH] [--data DIR] [--geo off] [--weights JSON]
 * Ranks all positions for every seeker of the qrels file with the engine (content only:
 * no view data reaches it) and prints Recall@10, NDCG@10 and MRR. Relative paths are
 * resolved against the repository root; positions.jsonl and seekers.jsonl are read from
 * --data (default: beside the qrels file). --geo off ranks without city coordinates;
 * --weights overrides single keys of JOB_VIEWS_WEIGHTS for experiments (reported figures
 * use the file's weights as they are).
 */

// dist/libs/matching/eval/job-views.js or libs/matching/eval/job-views.ts → repository root
const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, here.includes(`${join('dist', 'libs')}`) ? '../../../..' : '../../..');

const argument = (name: string, fallback: string): string => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1] : fallback;
};

const fromRoot = (path: string): string => (isAbsolute(path) ? path : resolve(repoRoot, path));

const readJsonl = <T>(path: string): T[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);

const readQrels = (path: string): Map<string, Set<string>> => {
  const qrels = new Map<string, Set<string>>();
  const [header, ...rows] = readFileSync(path, 'utf8').split('\n');
  const columns = header.split('\t');
  const seekerColumn = columns.indexOf('applicant_id');
  const jobColumn = columns.indexOf('job_id');
  for (const row of rows) {
    if (!row.trim()) continue;
    const cells = row.split('\t');
    const seekerId = cells[seekerColumn];
    if (!qrels.has(seekerId)) qrels.set(seekerId, new Set());
    qrels.get(seekerId)!.add(cells[jobColumn]);
  }
  return qrels;
};

const main = (): void => {
  const qrelsPath = fromRoot(argument('qrels', '../shared/datasets/job-views/qrels.dev.tsv'));
  const dataDir = fromRoot(argument('data', dirname(qrelsPath)));
  const started = performance.now();

  const geocode = argument('geo', 'on') === 'off' ? undefined : loadUsGazetteer();
  const positions = readJsonl<JobViewsPosition>(join(dataDir, 'positions.jsonl')).map((row) => mapPosition(row, geocode));
  const seekerRows = new Map(readJsonl<JobViewsSeeker>(join(dataDir, 'seekers.jsonl')).map((row) => [row.applicant_id, row]));
  const qrels = readQrels(qrelsPath);

  // --weights '{"params":{...}}' overrides single keys, for experiments; reported figures use the file's weights.
  const override = JSON.parse(argument('weights', '{}')) as Record<string, Record<string, number>>;
  const weights = Object.fromEntries(
    Object.entries(JOB_VIEWS_WEIGHTS).map(([section, values]) => [section, { ...values, ...override[section] }]),
  );
  const engine = new MatchingEngine({ now: JOB_VIEWS_NOW, weights });
  engine.indexPositions(positions);

  const runs: { ranking: string[]; relevant: Set<string> }[] = [];
  let missing = 0;
  for (const [seekerId, relevant] of [...qrels].sort(([a], [b]) => a.localeCompare(b))) {
    const row = seekerRows.get(seekerId);
    if (!row) {
      missing++;
      runs.push({ ranking: [], relevant });
      continue;
    }
    const ranking = engine
      .rankPositionsForSeeker(mapSeeker(row, geocode), { exhaustive: true, limit: positions.length })
      .map((entry) => entry.positionId);
    runs.push({ ranking, relevant });
  }
  const metrics = evaluateRankings(runs);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`job-views evaluation: ${qrelsPath}`);
  console.log(`positions ranked per seeker: ${positions.length} (exhaustive)`);
  console.log(`seekers: ${metrics.queries}${missing ? ` (${missing} not found in seekers.jsonl)` : ''}`);
  console.log(`Recall@10: ${metrics.recallAt10.toFixed(4)}`);
  console.log(`NDCG@10:   ${metrics.ndcgAt10.toFixed(4)}`);
  console.log(`MRR:       ${metrics.mrr.toFixed(4)}`);
  console.log(`pairs scored: ${engine.stats.pairsScored}, time: ${seconds} s`);
};

main();
