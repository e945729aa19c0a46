import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { chineseSynonymWords } from './synonyms.js';

/**
 * Occupation words the stock dictionary splits ('育儿嫂' → '育儿' + '嫂'). A high
 * frequency makes the segmenter keep them whole so synonyms and skills can match.
 */
const EXTRA_WORDS = [
  '育婴员', '氩弧焊', '二保焊', '电焊', '焊工证', '电工证', '叉车证', '健康证', '上岗证',
  '网约车', '网格员', '直播带岗', '公益岗', '手工活', '来料加工', '中式面点师', '西式面点师',
  '茶艺师', '美容师', '美发师', '保育员', '收纳师', '整理收纳',
];

let instance: Jieba | undefined;

/**
 * One segmenter per process: loading the dictionary takes ~200 ms and ~60 MB, so it is
 * created on first use (processes that never segment Chinese never pay) and then shared.
 */
export const jieba = (): Jieba => {
  if (!instance) {
    const segmenter = Jieba.withDict(dict);
    const words = [...new Set([...chineseSynonymWords(), ...EXTRA_WORDS])];
    segmenter.loadDict(Buffer.from(words.map((word) => `${word} 20000 n`).join('\n')));
    instance = segmenter;
  }
  return instance;
};
