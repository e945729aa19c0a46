import BayesClassifier from 'natural/lib/natural/classifiers/bayes_classifier.js';
import { jieba } from '../matching/text/jieba.js';
import { EXAMPLES } from './examples.js';
import { INTENTS, type Intent } from './intents.js';

export interface Classification {
  intent: Intent;
  /** The winning class's share of the probability mass, 0–1. */
  confidence: number;
}

const CJK_RUN = /[\u4e00-\u9fff]+/gu;
const PUNCTUATION = /^[\s\p{P}\p{S}]+$/u;
/** Particles and question words every intent uses: they only blur the classes. */
const FUNCTION_WORDS = new Set(['吗', '呢', '吧', '啊', '呀', '的', '了', '是', '不', '么', '嘛', '我', '你', '们', '这', '那', '个', '一', '能', '可以', '有没有', '有', '没有', '怎么', '什么', '多少']);

/**
 * Words (jieba, without particles) plus character pairs: viewers type short, loose phrases
 * ("包住不", "五险有吗"), and pairs keep them recognisable when the segmenter splits oddly.
 */
export function features(text: string): string[] {
  const normalised = text.normalize('NFKC').toLowerCase();
  const words = jieba()
    .cut(normalised, true)
    .filter((word) => !PUNCTUATION.test(word) && !FUNCTION_WORDS.has(word));
  const pairs: string[] = [];
  for (const run of normalised.match(CJK_RUN) ?? []) {
    for (let index = 0; index + 1 < run.length; index++) pairs.push(`p:${run.slice(index, index + 2)}`);
  }
  return [...words, ...pairs];
}

/** natural's naive Bayes classifier over those features. */
export class QuestionClassifier {
  private constructor(
    private readonly bayes: BayesClassifier,
    /** Features seen in a question about the job (not in chat). */
    private readonly jobVocabulary: ReadonlySet<string>,
  ) {}

  static train(examples: ReadonlyArray<{ text: string; intent: Intent }>): QuestionClassifier {
    const bayes = new BayesClassifier();
    const jobVocabulary = new Set<string>();
    for (const example of examples) {
      const tokens = features(example.text);
      bayes.addDocument(tokens, example.intent);
      if (example.intent !== 'other') for (const token of tokens) jobVocabulary.add(token);
    }
    bayes.train();
    return new QuestionClassifier(bayes, jobVocabulary);
  }

  /** Trained on every shipped example (the service's classifier). */
  static shipped(): QuestionClassifier {
    return QuestionClassifier.train(EXAMPLES);
  }

  classify(text: string): Classification {
    const tokens = features(text);
    // Nothing any job question ever used ("666", "主播好"): chat, whatever the priors say.
    if (!tokens.some((token) => this.jobVocabulary.has(token))) return { intent: 'other', confidence: 1 };
    const ranked = this.bayes.getClassifications(tokens);
    const total = ranked.reduce((sum, entry) => sum + entry.value, 0);
    const best = ranked[0]!;
    return { intent: best.label as Intent, confidence: total > 0 ? best.value / total : 0 };
  }
}

/**
 * A deterministic split per intent (every `1 / heldOutShare`-th example of each intent is
 * held out), so the evaluation is the same on every run and every intent is tested.
 */
export function splitExamples<T extends { intent: Intent }>(examples: readonly T[], heldOutShare = 0.25): { train: T[]; heldOut: T[] } {
  const every = Math.round(1 / heldOutShare);
  const train: T[] = [];
  const heldOut: T[] = [];
  for (const intent of INTENTS) {
    examples
      .filter((example) => example.intent === intent)
      .forEach((example, index) => ((index + 2) % every === 0 ? heldOut : train).push(example));
  }
  return { train, heldOut };
}
