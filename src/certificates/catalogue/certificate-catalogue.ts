import type { CertificateKind, CertificateLevel } from '../../../libs/labour-vocabulary/index.js';

export interface CatalogueEntry {
  /** Stable key: what the seeder upserts on. Never rename one that has shipped. */
  code: string;
  name: string;
  /** 2022 职业分类大典 code; a group code (e.g. 6-30) where the detailed one is not certain. */
  occupationCode: string;
  kind: CertificateKind;
  /** Highest-numbered (entry) level first; empty for certificates without levels. */
  levels: CertificateLevel[];
  validityYears: number | null;
}

const ALL_LEVELS: CertificateLevel[] = [5, 4, 3, 2, 1];

/**
 * The certificates a county employment centre meets most: skill-level certificates
 * (职业技能等级证书, levels 五级..一级 per the national skill standard), the licences a job
 * legally requires (特种作业操作证 from the emergency-management authority, 6 years;
 * 特种设备作业人员证 from market regulation, 4 years) and 专项职业能力证书 (one ability,
 * no levels, often the first certificate of a stay-at-home mother or a disabled worker).
 *
 * Occupation codes marked "checked" were read from the published national skill
 * standard; the others follow the 2015/2022 大典 as remembered and are marked where only
 * the group is given.
 */
export const CERTIFICATE_CATALOGUE: readonly CatalogueEntry[] = [
  // ── 职业技能等级 (skill levels) ───────────────────────────────────────────
  { code: 'welder-skill-level', name: '焊工', occupationCode: '6-18-02-04', kind: 'skill_level', levels: ALL_LEVELS, validityYears: null },
  { code: 'electrician-skill-level', name: '电工', occupationCode: '6-31-01-03', kind: 'skill_level', levels: ALL_LEVELS, validityYears: null },
  { code: 'lathe-operator-skill-level', name: '车工', occupationCode: '6-18-01-01', kind: 'skill_level', levels: ALL_LEVELS, validityYears: null },
  // 数控车工 is a trade (工种) of 车工 and is certified under the same occupation code.
  { code: 'cnc-lathe-operator-skill-level', name: '车工（数控车工）', occupationCode: '6-18-01-01', kind: 'skill_level', levels: ALL_LEVELS, validityYears: null },
  { code: 'milling-operator-skill-level', name: '铣工', occupationCode: '6-18-01-02', kind: 'skill_level', levels: ALL_LEVELS, validityYears: null },
  { code: 'bricklayer-skill-level', name: '砌筑工', occupationCode: '6-29-01-01', kind: 'skill_level', levels: ALL_LEVELS, validityYears: null },
  { code: 'steel-fixer-skill-level', name: '钢筋工', occupationCode: '6-29-01-04', kind: 'skill_level', levels: ALL_LEVELS, validityYears: null },
  { code: 'automobile-mechanic-skill-level', name: '汽车维修工', occupationCode: '4-12-01-01', kind: 'skill_level', levels: ALL_LEVELS, validityYears: null },
  // The 育婴员 standard (2019) stops at 三级/高级工.
  { code: 'infant-care-worker-skill-level', name: '育婴员', occupationCode: '4-10-01-02', kind: 'skill_level', levels: [5, 4, 3], validityYears: null },
  // 保育员 became 保育师 in the 2021 standard, which added 技师 and 高级技师.
  { code: 'childcare-worker-skill-level', name: '保育师', occupationCode: '4-10-01-03', kind: 'skill_level', levels: ALL_LEVELS, validityYears: null },
  { code: 'elderly-care-worker-skill-level', name: '养老护理员', occupationCode: '4-10-01-05', kind: 'skill_level', levels: ALL_LEVELS, validityYears: null },
  { code: 'domestic-service-worker-skill-level', name: '家政服务员', occupationCode: '4-10-01-06', kind: 'skill_level', levels: ALL_LEVELS, validityYears: null },
  // Not confirmed: 4-09-08 is the group assumed for cleaning services, and levels 五级..三级
  // are assumed as for most entry-level service occupations. Check against the standard.
  { code: 'cleaner-skill-level', name: '保洁员', occupationCode: '4-09-08', kind: 'skill_level', levels: [5, 4, 3], validityYears: null },
  { code: 'chinese-cook-skill-level', name: '中式烹调师', occupationCode: '4-03-02-01', kind: 'skill_level', levels: ALL_LEVELS, validityYears: null },
  { code: 'chinese-pastry-cook-skill-level', name: '中式面点师', occupationCode: '4-03-02-02', kind: 'skill_level', levels: ALL_LEVELS, validityYears: null },
  { code: 'western-pastry-cook-skill-level', name: '西式面点师', occupationCode: '4-03-02-04', kind: 'skill_level', levels: ALL_LEVELS, validityYears: null },
  { code: 'tea-artist-skill-level', name: '茶艺师', occupationCode: '4-03-02-07', kind: 'skill_level', levels: ALL_LEVELS, validityYears: null },
  // Checked: 美容师 (皮肤管理师) standard, 2022 edition, 职业编码 4-10-03-01.
  { code: 'beautician-skill-level', name: '美容师', occupationCode: '4-10-03-01', kind: 'skill_level', levels: ALL_LEVELS, validityYears: null },
  // Detailed code assumed next to 美容师 in 4-10-03 (美容美发服务人员); not confirmed.
  { code: 'hairdresser-skill-level', name: '美发师', occupationCode: '4-10-03-02', kind: 'skill_level', levels: ALL_LEVELS, validityYears: null },
  { code: 'e-commerce-specialist-skill-level', name: '电子商务师', occupationCode: '4-01-02-02', kind: 'skill_level', levels: ALL_LEVELS, validityYears: null },
  { code: 'internet-marketer-skill-level', name: '互联网营销师', occupationCode: '4-01-02-07', kind: 'skill_level', levels: ALL_LEVELS, validityYears: null },
  // Detailed code as remembered (4-02-07 邮政和快递服务人员); not confirmed.
  { code: 'courier-skill-level', name: '快递员', occupationCode: '4-02-07-08', kind: 'skill_level', levels: ALL_LEVELS, validityYears: null },
  // Checked: 网约配送员 standard (2021), 职业编码 4-02-07-10, five levels.
  { code: 'online-delivery-rider-skill-level', name: '网约配送员', occupationCode: '4-02-07-10', kind: 'skill_level', levels: ALL_LEVELS, validityYears: null },
  { code: 'security-guard-skill-level', name: '保安员', occupationCode: '3-02-03-01', kind: 'skill_level', levels: ALL_LEVELS, validityYears: null },

  // ── 准入类职业资格 (licences a job legally requires) ─────────────────────────
  { code: 'special-operation-low-voltage-electrician', name: '特种作业操作证（低压电工作业）', occupationCode: '6-31-01-03', kind: 'vocational_qualification', levels: [], validityYears: 6 },
  { code: 'special-operation-high-voltage-electrician', name: '特种作业操作证（高压电工作业）', occupationCode: '6-31-01-03', kind: 'vocational_qualification', levels: [], validityYears: 6 },
  { code: 'special-operation-welding-cutting', name: '特种作业操作证（熔化焊接与热切割作业）', occupationCode: '6-18-02-04', kind: 'vocational_qualification', levels: [], validityYears: 6 },
  // Scaffolders (架子工) are in 6-29-01 (房屋建筑施工人员); the detailed code is not confirmed.
  { code: 'special-operation-work-at-height', name: '特种作业操作证（高处作业·登高架设作业）', occupationCode: '6-29-01', kind: 'vocational_qualification', levels: [], validityYears: 6 },
  // Forklift and crane operators are in 6-30 (运输设备和通用工程机械操作人员); detailed codes not confirmed.
  { code: 'special-equipment-forklift-n1', name: '特种设备作业人员证（N1 叉车司机）', occupationCode: '6-30', kind: 'vocational_qualification', levels: [], validityYears: 4 },
  { code: 'special-equipment-bridge-crane-q2', name: '特种设备作业人员证（Q2 起重机司机）', occupationCode: '6-30', kind: 'vocational_qualification', levels: [], validityYears: 4 },

  // ── 专项职业能力 (one ability, no levels) ─────────────────────────────────────
  // Handicrafts sit in 6-09 (文教、工美、体育和娱乐用品制造人员); 专项职业能力 have no code of their own.
  { code: 'chinese-knotting-special-ability', name: '中国结编织', occupationCode: '6-09', kind: 'special_ability', levels: [], validityYears: null },
  { code: 'hand-knitting-special-ability', name: '手工编织', occupationCode: '6-09', kind: 'special_ability', levels: [], validityYears: null },
  // Filed under the occupation the ability belongs to.
  { code: 'e-commerce-livestreaming-special-ability', name: '电商直播', occupationCode: '4-01-02-07', kind: 'special_ability', levels: [], validityYears: null },
  { code: 'maternal-infant-care-special-ability', name: '母婴护理', occupationCode: '4-10-01-02', kind: 'special_ability', levels: [], validityYears: null },
];
