import englishStopwords from 'natural/lib/natural/util/stopwords.js';

/**
 * Words that appear in almost every job advert and so say nothing about the job. Kept out
 * of the vectors and the indexes: in an inverted index they would also be the longest
 * posting lists, i.e. the slowest to walk for no ranking benefit.
 */
export const CHINESE_STOPWORDS: readonly string[] = [
  '招聘', '诚聘', '急聘', '高薪', '岗位', '职位', '工作', '要求', '公司', '有限公司', '有限责任公司',
  '集团', '股份', '企业', '单位', '负责', '相关', '以上', '以下', '优先', '若干', '数名', '人员',
  '能够', '具有', '具备', '熟悉', '从事', '可以', '能力', '良好', '我们', '你们', '欢迎', '加入',
  '待遇', '面议', '福利', '五险', '一金', '五险一金', '包吃', '包住', '包吃住', '工资', '月薪',
  '年龄', '周岁', '经验', '不限', '及', '和', '与', '或', '的', '了', '在', '是', '有', '等', '者',
];

/** English job-board boilerplate on top of natural's general English list. */
const ENGLISH_JOB_STOPWORDS = [
  'job', 'jobs', 'hiring', 'now', 'immediately', 'position', 'positions', 'opportunity',
  'opportunities', 'wanted', 'needed', 'apply', 'inc', 'llc', 'ltd', 'co', 'company', 'corp',
  'the', 'a', 'an', 'and', 'or', 'for', 'at', 'in', 'of', 'to', 'with', 'we', 're',
];

const englishList: readonly string[] = (englishStopwords as { words: string[] }).words;

export const STOPWORDS: ReadonlySet<string> = new Set([
  ...CHINESE_STOPWORDS,
  ...englishList,
  ...ENGLISH_JOB_STOPWORDS,
]);

export const isStopword = (token: string): boolean => STOPWORDS.has(token);
