export const EMPLOYMENT_TYPES = ['full_time', 'part_time', 'flexible', 'public_welfare', 'home_based'] as const;

export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];

export const EMPLOYMENT_TYPE_LABELS_ZH: Record<EmploymentType, string> = {
  full_time: '全职',
  part_time: '兼职',
  flexible: '灵活就业',
  public_welfare: '公益性岗位',
  home_based: '居家就业/手工微工',
};
