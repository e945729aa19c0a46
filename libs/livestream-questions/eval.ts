/**
 * `npm run eval:questions`: trains on three quarters of the shipped examples and reports
 * how the classifier does on the quarter it never saw, per intent and overall.
 */
import { EXAMPLES, INTENTS, QuestionClassifier, splitExamples } from './index.js';

const { train, heldOut } = splitExamples(EXAMPLES);
const classifier = QuestionClassifier.train(train);
const predictions = heldOut.map((example) => ({ ...example, predicted: classifier.classify(example.text).intent }));

const percent = (value: number) => `${(100 * value).toFixed(1)} %`;
console.log(`Livestream question intents: ${EXAMPLES.length} examples, trained on ${train.length}, held out ${heldOut.length}\n`);
console.log('intent         precision  recall   held out');
for (const intent of INTENTS) {
  const predicted = predictions.filter((row) => row.predicted === intent);
  const actual = predictions.filter((row) => row.intent === intent);
  const hits = actual.filter((row) => row.predicted === intent).length;
  console.log(
    `${intent.padEnd(14)} ${percent(predicted.length ? hits / predicted.length : 0).padStart(8)}  ${percent(actual.length ? hits / actual.length : 0).padStart(7)}   ${actual.length}`,
  );
}
const correct = predictions.filter((row) => row.predicted === row.intent).length;
console.log(`\naccuracy on the held-out part: ${percent(correct / heldOut.length)} (${correct}/${heldOut.length})`);
const misses = predictions.filter((row) => row.predicted !== row.intent);
if (misses.length > 0) {
  console.log('\nmisclassified:');
  for (const miss of misses) console.log(`  “${miss.text}”: ${miss.intent} → ${miss.predicted}`);
}
