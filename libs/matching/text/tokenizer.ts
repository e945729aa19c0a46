import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { jieba } from './jieba.js';
import { normalizeText } from './normalize.js';
import { isStopword } from './stopwords.js';
import { canonicalTerm } from './synonyms.js';

export interface TokenizeOptions {
  /**
   * Also emit 'word1 word2' for adjacent Latin words of one phrase. Job titles are short
   * and their meaning sits in pairs ('customer service', 'line cook'), which unigrams lose.
   */
  bigrams?: boolean;
}

// CJK ideographs | a Latin/digit word (with an inner apostrophe or hyphen) | anything else.
const PIECE = /([\u3400-\u9fff\uf900-\ufaff]+)|([a-z0-9]+(?:['’][a-z]+)?)|(\S)/g;
const DIGITS_ONLY = /^\d+$/;

// Stemming is the slowest step for English text and the vocabulary is small: memoize.
const stemCache = new Map<string, string>();
const stem = (word: string): string => {
  let stemmed = stemCache.get(word);
  if (stemmed === undefined) {
    stemmed = PorterStemmer.stem(word);
    if (stemCache.size < 200_000) stemCache.set(word, stemmed);
  }
  return stemmed;
};

const emitChinese = (run: string, out: string[]): void => {
  // Search mode also yields the parts of long words ('电焊工' → 电焊, 焊工, 电焊工), so a
  // query for the part still meets a document that only has the whole.
  for (const word of jieba().cutForSearch(run, true)) {
    if (word.length < 2) continue; // single characters (持, 证, 的) carry no job meaning
    const canonical = canonicalTerm(word);
    if (!isStopword(canonical) && !isStopword(word)) out.push(canonical);
  }
};

const emitLatinPhrase = (words: string[], out: string[], bigrams: boolean): void => {
  let previous: string | undefined;
  for (let i = 0; i < words.length; i++) {
    // Two-word synonyms first ('front desk' → receptionist), then one-word ones.
    let canonical: string | undefined;
    if (i + 1 < words.length) {
      const pair = `${words[i]}${words[i + 1]}`;
      const pairCanonical = canonicalTerm(pair);
      if (pairCanonical !== pair) {
        canonical = pairCanonical;
        i++;
      }
    }
    canonical ??= canonicalTerm(words[i]);
    for (const part of expandCanonical(canonical)) {
      if (DIGITS_ONLY.test(part) || part.length < 2 || isStopword(part)) continue;
      const token = stem(part);
      out.push(token);
      if (bigrams && previous !== undefined) out.push(`${previous} ${token}`);
      previous = token;
    }
  }
};

// Canonical forms are stored without spaces ('customerservice'); split the known
// multi-word ones back into their words so they also match word by word.
const MULTI_WORD = new Map<string, string[]>([
  ['customerservice', ['customer', 'service']],
  ['frontdesk', ['front', 'desk']],
]);
const expandCanonical = (canonical: string): string[] => MULTI_WORD.get(canonical) ?? [canonical];

/**
 * Segments mixed Chinese/Latin text into folded, canonical, stemmed tokens with stop
 * words removed. Chinese goes through jieba, Latin words through the Porter stemmer.
 */
export const tokenize = (text: string | null | undefined, options: TokenizeOptions = {}): string[] => {
  const normalized = normalizeText(text);
  const out: string[] = [];
  if (!normalized) return out;
  const bigrams = options.bigrams ?? false;
  let phrase: string[] = [];
  const flush = (): void => {
    if (phrase.length) emitLatinPhrase(phrase, out, bigrams);
    phrase = [];
  };
  for (const match of normalized.matchAll(PIECE)) {
    if (match[1]) {
      flush();
      emitChinese(match[1], out);
    } else if (match[2]) {
      phrase.push(match[2].replace(/['’]s$/, '').replace(/['’]/g, ''));
    } else {
      flush(); // punctuation ends a phrase: no bigram across '/', ',' or '@'
    }
  }
  flush();
  return out;
};
