/**
 * Held-out evaluation of the question-intent classifier: trains on the train split of
 * examples.json (75 %, seeded and stratified per intent) and reports per-intent precision
 * and recall, overall accuracy and the confusions on the 25 % it never saw.
 *
 * Run from the repository root (examples.json is read from libs/question-intents/ there):
 *   npm run build && node dist/libs/question-intents/eval.js
 */
import { INTENTS, QuestionClassifier, loadShippedExamples, splitExamples, type Intent } from './index.js';

const examples = loadShippedExamples();
const { train, heldOut } = splitExamples(examples);
const classifier = QuestionClassifier.train(train);
const rows = heldOut.map((example) => ({ ...example, ...renamePrediction(classifier.classify(example.text)) }));

function renamePrediction(result: { intent: Intent; confidence: number }) {
  return { predicted: result.intent, confidence: result.confidence };
}

const percent = (value: number) => `${(100 * value).toFixed(1)} %`;
const ratio = (hits: number, of: number) => (of === 0 ? '     –' : percent(hits / of).padStart(7));

console.log(`Question intents: ${examples.length} labelled examples; trained on ${train.length}, held out ${heldOut.length} (seeded, stratified)\n`);
console.log(`${'intent'.padEnd(14)} ${'precision'.padStart(9)} ${'recall'.padStart(8)} ${'held out'.padStart(9)}`);
for (const intent of INTENTS) {
  const predicted = rows.filter((row) => row.predicted === intent).length;
  const actual = rows.filter((row) => row.intent === intent).length;
  const hits = rows.filter((row) => row.intent === intent && row.predicted === intent).length;
  console.log(`${intent.padEnd(14)} ${ratio(hits, predicted).padStart(9)} ${ratio(hits, actual).padStart(8)} ${String(actual).padStart(9)}`);
}

const correct = rows.filter((row) => row.predicted === row.intent).length;
console.log(`\naccuracy on the held-out split: ${percent(correct / rows.length)} (${correct}/${rows.length})`);
const meanConfidence = (subset: typeof rows) => (subset.length ? subset.reduce((sum, row) => sum + row.confidence, 0) / subset.length : 0);
const misses = rows.filter((row) => row.predicted !== row.intent);
console.log(`mean confidence: ${meanConfidence(rows.filter((row) => row.predicted === row.intent)).toFixed(2)} when right, ${meanConfidence(misses).toFixed(2)} when wrong`);

// Confusion summary: only the off-diagonal cells, most frequent first.
const confusions = new Map<string, typeof rows>();
for (const miss of misses) {
  const key = `${miss.intent} → ${miss.predicted}`;
  confusions.set(key, [...(confusions.get(key) ?? []), miss]);
}
console.log(misses.length === 0 ? '\nno confusions' : '\nconfusions (actual → predicted):');
for (const [key, cases] of [...confusions].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))) {
  console.log(`  ${key.padEnd(30)} ${String(cases.length).padStart(2)}  ${cases.map((row) => `“${row.text}”`).join(' ')}`);
}
