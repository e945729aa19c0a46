/** Groups that public employment services give priority to (就业援助对象 and others). */
export const TARGET_GROUPS = [
  'hard_to_employ',
  'zero_employment_family',
  'disabled',
  'graduate',
  'veteran',
  'laid_off',
  'stay_at_home_mother',
  'rural_migrant',
  'gig_worker',
  'low_income',
] as const;

export type TargetGroup = (typeof TARGET_GROUPS)[number];

export const TARGET_GROUP_LABELS_ZH: Record<TargetGroup, string> = {
  hard_to_employ: '就业困难人员',
  zero_employment_family: '零就业家庭',
  disabled: '残疾人',
  graduate: '高校毕业生',
  veteran: '退役军人',
  laid_off: '下岗职工',
  stay_at_home_mother: '全职妈妈',
  rural_migrant: '农村转移劳动力',
  gig_worker: '灵活就业人员',
  low_income: '低保家庭成员',
};

/** Who may take a public-welfare post (公益性岗位): people the state places with priority. */
export const PUBLIC_WELFARE_ELIGIBLE_GROUPS: readonly TargetGroup[] = [
  'hard_to_employ',
  'zero_employment_family',
  'disabled',
  'low_income',
];
