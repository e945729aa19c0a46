/**
 * Classifies viewer questions (弹幕) posted during a livestream recruitment show (直播带岗)
 * into intents. Framework-free: natural's naive Bayes classifier over jieba words, Chinese
 * character pairs and single characters, trained on the labelled examples in examples.json.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
// Only the classifier module: importing natural's root loads database drivers and reads .env.
// Its typings are the ambient declaration in libs/livestream-questions/natural-bayes.d.ts.
import BayesClassifier from 'natural/lib/natural/classifiers/bayes_classifier.js';
import { jieba } from '../matching/text/jieba.js';

/** What viewers ask about during a livestream recruitment show. */
export const INTENTS = ['pay', 'accommodation', 'travel', 'education', 'hours', 'location', 'how_to_apply', 'other'] as const;
export type Intent = (typeof INTENTS)[number];

export interface LabelledQuestion {
  text: string;
  intent: Intent;
}

export interface Classification {
  intent: Intent;
  /** The winning class's share of the probability mass over all classes, 0–1. */
  confidence: number;
}

/**
 * 弹幕 are short (platforms cap them at a few dozen characters). Longer text is cut here so
 * natural's product of probabilities cannot underflow to 0 for every class.
 */
const MAX_CHARACTERS = 60;
const CJK_RUN = /[\u4e00-\u9fff]+/gu;
const LATIN_OR_DIGITS = /[a-z0-9]+/gu;
const PUNCTUATION = /^[\s\p{P}\p{S}]+$/u;
/** Particles and question words every intent uses: they only blur the classes. */
const FUNCTION_WORDS = new Set(['吗', '呢', '吧', '啊', '呀', '的', '了', '是', '不', '么', '嘛', '没', '我', '你', '们', '这', '那', '个', '能', '可以', '有没有', '有', '没有', '怎么', '什么', '咋', '啥']);
/** The one feature of a message with no words at all ("？？？", "👍👍"). */
const NO_WORDS = '<none>';

/**
 * The features of one message: jieba words without particles, every pair of adjacent
 * Chinese characters ("包住不" still yields "包住" when the segmenter splits it oddly), every
 * single Chinese character but particles (typos and rare words still share "住", "钱", "班"),
 * and Latin/digit runs ("vx", "hr"; digits-only runs such as "666" become "<num>").
 * Chosen on accuracy averaged over 20 seeded splits, not on the reported one.
 */
export function tokenize(text: string): string[] {
  const normalised = text.normalize('NFKC').toLowerCase().slice(0, MAX_CHARACTERS);
  const words = jieba()
    .cut(normalised, true)
    .map((word) => word.trim())
    .filter((word) => word.length > 0 && !PUNCTUATION.test(word) && !FUNCTION_WORDS.has(word) && !/^[a-z0-9]+$/u.test(word));
  const pairs: string[] = [];
  const characters: string[] = [];
  for (const run of normalised.match(CJK_RUN) ?? []) {
    for (let index = 0; index + 1 < run.length; index++) pairs.push(`p:${run.slice(index, index + 2)}`);
    for (const character of run) if (!FUNCTION_WORDS.has(character)) characters.push(`c:${character}`);
  }
  const latin = (normalised.match(LATIN_OR_DIGITS) ?? []).map((run) => (/^\d+$/u.test(run) ? '<num>' : run));
  const tokens = [...new Set([...words, ...pairs, ...characters, ...latin])];
  return tokens.length > 0 ? tokens : [NO_WORDS];
}

const isIntent = (value: unknown): value is Intent => typeof value === 'string' && (INTENTS as readonly string[]).includes(value);

export class QuestionClassifier {
  private constructor(private readonly bayes: BayesClassifier) {}

  static train(examples: ReadonlyArray<{ text: string; intent: Intent }>): QuestionClassifier {
    if (examples.length === 0) throw new Error('QuestionClassifier.train needs at least one example');
    const bayes = new BayesClassifier();
    for (const example of examples) {
      if (!isIntent(example.intent)) throw new Error(`Unknown intent "${String(example.intent)}" for “${example.text}”`);
      bayes.addDocument(tokenize(example.text), example.intent);
    }
    bayes.train();
    return new QuestionClassifier(bayes);
  }

  /** Trained on every example in examples.json (see loadShippedExamples). */
  static fromShippedExamples(): QuestionClassifier {
    return QuestionClassifier.train(loadShippedExamples());
  }

  classify(text: string): Classification {
    const ranked = this.bayes.getClassifications(tokenize(text));
    const total = ranked.reduce((sum, entry) => sum + entry.value, 0);
    const best = ranked[0];
    // Every class underflowed (cannot happen for 弹幕-length text with the shipped data): no opinion.
    if (!best || !(total > 0)) return { intent: 'other', confidence: 0 };
    return { intent: best.label as Intent, confidence: Math.min(1, Math.max(0, best.value / total)) };
  }
}

/**
 * The shipped labelled examples. tsc does not copy examples.json into dist/, so two places
 * are tried in order:
 *   1. next to this module (`new URL('./examples.json', import.meta.url)`): the source file
 *      under jest or a TypeScript runner;
 *   2. `libs/question-intents/examples.json` under process.cwd(): the compiled module in
 *      dist/libs/question-intents/, run from the repository root (as `npm run` scripts are).
 */
export function loadShippedExamples(): LabelledQuestion[] {
  const candidates = [new URL('./examples.json', import.meta.url), resolve(process.cwd(), 'libs/question-intents/examples.json')];
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) throw new Error(`examples.json not found (looked at ${candidates.map(String).join(' and ')})`);
  const parsed: unknown = JSON.parse(readFileSync(found, 'utf8'));
  if (!Array.isArray(parsed)) throw new Error(`${String(found)}: expected an array of {text, intent}`);
  return parsed.map((row: unknown, index) => {
    const { text, intent } = (row ?? {}) as { text?: unknown; intent?: unknown };
    if (typeof text !== 'string' || !isIntent(intent)) throw new Error(`${String(found)}: entry ${index} is not {text, intent} with a known intent`);
    return { text, intent };
  });
}

/** mulberry32: a small seeded generator, so the split is identical on every run and machine. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A deterministic, stratified split: each intent's examples are shuffled with a seeded
 * Fisher–Yates shuffle and round(count × heldOutShare) of them are held out, so every intent
 * is tested in proportion and the evaluation is the same on every run.
 */
export function splitExamples<T extends { intent: Intent }>(examples: readonly T[], heldOutShare = 0.25, seed = 20261123): { train: T[]; heldOut: T[] } {
  if (!(heldOutShare >= 0 && heldOutShare < 1)) throw new RangeError(`heldOutShare must be in [0, 1), got ${heldOutShare}`);
  const random = seededRandom(seed);
  const train: T[] = [];
  const heldOut: T[] = [];
  for (const intent of INTENTS) {
    const group = examples.filter((example) => example.intent === intent);
    for (let index = group.length - 1; index > 0; index--) {
      const other = Math.floor(random() * (index + 1));
      [group[index], group[other]] = [group[other]!, group[index]!];
    }
    const held = Math.round(group.length * heldOutShare);
    heldOut.push(...group.slice(0, held));
    train.push(...group.slice(held));
  }
  return { train, heldOut };
}
