import { normalizeKey } from './normalize.js';

/**
 * Groups of words that name the same job, skill or certificate. The first entry of a
 * group is the canonical form every other entry is rewritten to, so '电焊工' in a seeker's
 * profile meets '焊工' in a position and 'chauffeur' meets 'driver'. Only true
 * equivalents belong here: a group that merges near neighbours (厨师 and 面点师) would
 * make every cook a pastry cook.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['焊工', '电焊工', '电焊员', '气焊工', '焊接工'],
  ['保洁员', '保洁', '清洁工', '保洁工', '清洁员', '保洁阿姨'],
  ['育婴员', '育儿嫂', '月嫂', '育婴师', '母婴护理员'],
  ['快递员', '配送员', '快递小哥', '送货员', '外卖员', '骑手', '快递配送员'],
  ['司机', '驾驶员', '汽车司机', '专职司机'],
  ['叉车司机', '叉车工', '叉车驾驶员'],
  ['保安员', '保安', '安保员', '门卫'],
  ['中式烹调师', '厨师', '炒锅', '中餐厨师'],
  ['收银员', '收银'],
  ['营业员', '售货员', '店员', '导购员', '导购'],
  ['养老护理员', '护理员', '护工', '陪护'],
  ['家政服务员', '家政员', '家政'],
  ['电工', '维修电工', '电工维修'],
  ['普工', '操作工', '生产工人', '流水线工人'],
  ['客服', '客服专员', '客户服务'],
  ['driver', 'chauffeur', 'drivers'],
  ['cashier', 'cashiers', 'checker'],
  ['server', 'waiter', 'waitress', 'servers'],
  ['representative', 'rep', 'reps'],
  ['assistant', 'asst', 'assist'],
  ['manager', 'mgr'],
  ['receptionist', 'front desk'],
  ['housekeeper', 'housekeeping', 'maid'],
  ['janitor', 'custodian', 'custodial', 'cleaner'],
  ['warehouse', 'warehouseman'],
  ['administrative', 'admin'],
  ['customer service', 'csr', 'customer care'],
];

const canonicalBySurface = new Map<string, string>();
for (const group of SYNONYM_GROUPS) {
  const canonical = normalizeKey(group[0]);
  for (const word of group) canonicalBySurface.set(normalizeKey(word), canonical);
}

/** The canonical spelling of a word or name, or the folded input when it has none. */
export const canonicalTerm = (text: string): string => {
  const key = normalizeKey(text);
  return canonicalBySurface.get(key) ?? key;
};

/** Chinese words of the table, for the segmenter's user dictionary (so 育儿嫂 stays whole). */
export const chineseSynonymWords = (): string[] =>
  SYNONYM_GROUPS.flat().filter((word) => /[\u3400-\u9fff]/.test(word));
