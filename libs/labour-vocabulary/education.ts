/** Education levels in ascending order; the index is the rank used for comparisons. */
export const EDUCATION_LEVELS = [
  'none',
  'primary',
  'junior_secondary',
  'senior_secondary',
  'vocational_secondary',
  'associate',
  'bachelor',
  'master',
  'doctorate',
] as const;

export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

export const EDUCATION_LABELS_ZH: Record<EducationLevel, string> = {
  none: '不限',
  primary: '小学',
  junior_secondary: '初中',
  senior_secondary: '高中',
  vocational_secondary: '中专/技校',
  associate: '大专',
  bachelor: '本科',
  master: '硕士',
  doctorate: '博士',
};

export const educationRank = (level: EducationLevel): number => EDUCATION_LEVELS.indexOf(level);
