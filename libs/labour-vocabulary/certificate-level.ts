/**
 * Certificate levels of the national vocational skill system: 5 is the entry level
 * (五级/初级工) and 1 the highest (一级/高级技师). A lower number is a higher level.
 */
export const CERTIFICATE_LEVELS = [5, 4, 3, 2, 1] as const;

export type CertificateLevel = (typeof CERTIFICATE_LEVELS)[number];

export const CERTIFICATE_LEVEL_LABELS_ZH: Record<CertificateLevel, string> = {
  5: '五级/初级工',
  4: '四级/中级工',
  3: '三级/高级工',
  2: '二级/技师',
  1: '一级/高级技师',
};

export const CERTIFICATE_KINDS = ['vocational_qualification', 'skill_level', 'special_ability'] as const;

export type CertificateKind = (typeof CERTIFICATE_KINDS)[number];

export const CERTIFICATE_KIND_LABELS_ZH: Record<CertificateKind, string> = {
  vocational_qualification: '职业资格',
  skill_level: '职业技能等级',
  special_ability: '专项职业能力',
};

/** True when `held` is at or above `required` (levels count downwards). */
export const meetsLevel = (held: number | null, required: number | null): boolean =>
  required === null || (held !== null && held <= required);
