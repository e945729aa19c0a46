import type { EducationLevel, EmploymentType, TargetGroup, WeeklySlot } from '../../labour-vocabulary/index.js';
import type { GeoPoint, HeldCertificate, PositionInput, PositionStatus, SeekerInput } from '../types.js';

/**
 * A deterministic synthetic county (modelled on 肥城市, Shandong: 14 streets and towns,
 * their communities and grids) with enterprises, positions and seekers drawn from ~30
 * real occupations, for tests, the engine benchmark and the database load benchmark.
 * Same options ⇒ same city, byte for byte.
 */

/** mulberry32: tiny, fast, good enough for test data, and the same on every platform. */
export const seededRandom = (seed: number): (() => number) => {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

interface OccupationSpec {
  code: string;
  titles: string[];
  skills: string[];
  certificate?: { id: string; name: string; mandatoryShare: number };
  salary: [number, number];
  education: EducationLevel;
  industry: string;
  /** Share of seekers and positions drawn from this occupation. */
  weight: number;
}

export const OCCUPATIONS: readonly OccupationSpec[] = [
  { code: '6-18-02-04', titles: ['焊工', '电焊工', '氩弧焊工'], skills: ['电焊', '氩弧焊', '二保焊', '看图纸', '气割'], certificate: { id: 'cert-welder', name: '焊工', mandatoryShare: 0.7 }, salary: [6000, 9000], education: 'junior_secondary', industry: '装备制造', weight: 3 },
  { code: '6-31-01-03', titles: ['电工', '维修电工', '设备电工'], skills: ['低压电工', '电路维修', 'PLC编程', '设备保养'], certificate: { id: 'cert-electrician', name: '电工', mandatoryShare: 0.9 }, salary: [5500, 8500], education: 'vocational_secondary', industry: '装备制造', weight: 3 },
  { code: '6-18-01-01', titles: ['数控车工', '车工', 'CNC操作工'], skills: ['数控编程', '车床操作', '看图纸', '量具使用'], certificate: { id: 'cert-lathe', name: '车工', mandatoryShare: 0.3 }, salary: [5500, 8000], education: 'vocational_secondary', industry: '装备制造', weight: 2 },
  { code: '4-02-04-03', titles: ['叉车司机', '叉车工'], skills: ['叉车驾驶', '仓储装卸', '货物码放'], certificate: { id: 'cert-forklift', name: '叉车司机', mandatoryShare: 1 }, salary: [4800, 6500], education: 'junior_secondary', industry: '物流仓储', weight: 2 },
  { code: '4-02-06-03', titles: ['仓库管理员', '库管员', '仓管'], skills: ['出入库管理', 'ERP系统', '盘点', 'Excel'], salary: [4000, 5500], education: 'senior_secondary', industry: '物流仓储', weight: 2 },
  { code: '4-02-07-02', titles: ['快递员', '配送员', '快递小哥'], skills: ['电动车驾驶', '片区配送', '客户沟通'], salary: [5000, 8000], education: 'junior_secondary', industry: '物流仓储', weight: 3 },
  { code: '4-02-02-01', titles: ['司机', '驾驶员', '货车司机'], skills: ['C1驾照', 'B2驾照', '安全驾驶', '车辆保养'], salary: [5000, 7500], education: 'junior_secondary', industry: '交通运输', weight: 2 },
  { code: '4-09-08-01', titles: ['保洁员', '清洁工', '保洁'], skills: ['清洁消毒', '垃圾分类', '地面养护'], salary: [2200, 3200], education: 'none', industry: '物业服务', weight: 4 },
  { code: '4-07-05-01', titles: ['保安员', '保安', '门卫'], skills: ['安全巡查', '消防设施操作', '监控值守'], certificate: { id: 'cert-security', name: '保安员', mandatoryShare: 0.5 }, salary: [2800, 4000], education: 'junior_secondary', industry: '物业服务', weight: 3 },
  { code: '4-10-01-02', titles: ['育婴员', '育儿嫂', '月嫂'], skills: ['婴儿护理', '辅食制作', '早教启蒙', '产妇护理'], certificate: { id: 'cert-nursery', name: '育婴员', mandatoryShare: 0.6 }, salary: [6000, 10000], education: 'junior_secondary', industry: '家政服务', weight: 2 },
  { code: '4-10-01-05', titles: ['养老护理员', '护理员', '护工'], skills: ['生活照料', '康复护理', '失能老人照护'], certificate: { id: 'cert-elderly-care', name: '养老护理员', mandatoryShare: 0.5 }, salary: [3500, 5500], education: 'junior_secondary', industry: '养老服务', weight: 3 },
  { code: '4-10-01-06', titles: ['家政服务员', '家政员', '钟点工'], skills: ['家庭保洁', '做饭', '收纳整理', '衣物洗涤'], salary: [3500, 6000], education: 'none', industry: '家政服务', weight: 3 },
  { code: '4-03-02-01', titles: ['中式烹调师', '厨师', '炒锅'], skills: ['鲁菜', '热菜烹饪', '食品安全', '刀工'], certificate: { id: 'cert-chef', name: '中式烹调师', mandatoryShare: 0.2 }, salary: [5000, 8000], education: 'junior_secondary', industry: '餐饮', weight: 3 },
  { code: '4-03-02-02', titles: ['中式面点师', '面点师', '白案'], skills: ['面点制作', '馒头包子', '烘焙'], salary: [4000, 6000], education: 'junior_secondary', industry: '餐饮', weight: 1 },
  { code: '4-03-02-05', titles: ['餐厅服务员', '服务员', '传菜员'], skills: ['点餐服务', '客户沟通', '收银'], salary: [3000, 4200], education: 'none', industry: '餐饮', weight: 4 },
  { code: '4-01-02-03', titles: ['收银员', '超市收银员'], skills: ['收银', '扫码支付', '客户沟通'], salary: [2800, 3800], education: 'junior_secondary', industry: '商贸零售', weight: 3 },
  { code: '4-01-02-01', titles: ['营业员', '导购员', '店员'], skills: ['商品陈列', '销售技巧', '客户沟通', '收银'], salary: [3000, 5000], education: 'junior_secondary', industry: '商贸零售', weight: 3 },
  { code: '4-01-02-07', titles: ['直播销售员', '带货主播', '电商运营'], skills: ['直播带货', '短视频剪辑', '农产品电商', '客户沟通'], salary: [4000, 9000], education: 'senior_secondary', industry: '电子商务', weight: 2 },
  { code: '6-05-01-01', titles: ['缝纫工', '车缝工', '平车工'], skills: ['平缝机操作', '服装缝制', '锁边'], salary: [3800, 6000], education: 'none', industry: '纺织服装', weight: 3 },
  { code: '6-25-04-01', titles: ['电子装配工', '普工', '操作工'], skills: ['流水线作业', '电子元件装配', '质量检验'], salary: [4000, 5500], education: 'junior_secondary', industry: '电子制造', weight: 5 },
  { code: '6-26-01-02', titles: ['食品加工工', '包装工', '普工'], skills: ['食品包装', '流水线作业', '食品安全'], salary: [3600, 5000], education: 'none', industry: '食品加工', weight: 4 },
  { code: '4-12-01-01', titles: ['汽车维修工', '汽修工', '机修工'], skills: ['发动机维修', '汽车保养', '故障诊断'], certificate: { id: 'cert-auto-repair', name: '汽车维修工', mandatoryShare: 0.3 }, salary: [4500, 8000], education: 'vocational_secondary', industry: '汽车服务', weight: 2 },
  { code: '4-10-03-01', titles: ['美发师', '理发师', '发型师'], skills: ['剪发', '烫染', '客户沟通'], certificate: { id: 'cert-hairdresser', name: '美发师', mandatoryShare: 0.1 }, salary: [4000, 8000], education: 'junior_secondary', industry: '生活服务', weight: 1 },
  { code: '2-06-03-01', titles: ['会计', '出纳', '财务会计'], skills: ['会计核算', '纳税申报', '用友软件', 'Excel'], certificate: { id: 'cert-accountant', name: '会计', mandatoryShare: 0.6 }, salary: [4000, 7000], education: 'associate', industry: '企业服务', weight: 2 },
  { code: '3-01-02-01', titles: ['行政文员', '文员', '办公室文员'], skills: ['Office办公', '公文写作', '档案管理', 'Excel'], salary: [3200, 4800], education: 'associate', industry: '企业服务', weight: 3 },
  { code: '4-07-02-03', titles: ['客服专员', '客服', '电话客服'], skills: ['客户沟通', '电话接待', '投诉处理', '普通话'], salary: [3500, 5500], education: 'senior_secondary', industry: '企业服务', weight: 2 },
  { code: '4-09-05-02', titles: ['绿化工', '园林工', '花木工'], skills: ['苗木养护', '草坪修剪', '病虫害防治'], salary: [2600, 3800], education: 'none', industry: '园林绿化', weight: 1 },
  { code: '5-01-02-01', titles: ['果树工', '大棚种植工', '采摘工'], skills: ['肥城桃种植', '果树修剪', '大棚管理'], salary: [2500, 4000], education: 'none', industry: '现代农业', weight: 2 },
  { code: '6-07-05-02', titles: ['手工编织工', '来料加工', '居家手工'], skills: ['手工编织', '串珠', '来料加工'], salary: [1500, 3000], education: 'none', industry: '手工制品', weight: 2 },
  { code: '4-14-01-02', titles: ['社区网格员', '网格员', '社区工作者'], skills: ['入户走访', '信息采集', 'Office办公'], salary: [2800, 3600], education: 'senior_secondary', industry: '社区服务', weight: 1 },
];

const STREETS = [
  '新城街道', '老城街道', '王瓜店街道', '仪阳街道', '潮泉镇', '桃园镇', '王庄镇',
  '湖屯镇', '石横镇', '安临站镇', '孙伯镇', '安驾庄镇', '边院镇', '汶阳镇',
];
const NAME_PARTS = ['龙山', '贵和', '泰西', '凤山', '桃都', '康汇', '白庄', '河西', '东坞', '南栾', '北坦', '牛山', '布金', '古店', '陶阳', '西程', '刘庄', '孔庄', '山阳', '固留'];
const ENTERPRISE_SUFFIXES = ['机械有限公司', '食品有限公司', '物流有限公司', '物业服务有限公司', '家政服务中心', '商贸有限公司', '服装厂', '电子科技有限公司', '养老服务中心', '餐饮管理有限公司', '汽车服务有限公司', '农业合作社'];
const BOILERPLATE = ['五险一金', '包吃住', '有经验者优先', '能吃苦耐劳', '工作稳定', '月休四天', '节日福利', '提供免费培训', '离家近', '长期招聘'];
const EXPERIENCE_PHRASES = ['在{e}从事{t}工作{n}年', '曾任{t}，熟悉{s}', '{n}年{t}经验，会{s}', '做过{t}，掌握{s}'];

export interface SyntheticRegion {
  code: string;
  name: string;
  parentCode: string | null;
  level: 'province' | 'city' | 'county' | 'street' | 'community' | 'grid';
  centre: GeoPoint;
}

export interface SyntheticEnterprise {
  id: string;
  name: string;
  industry: string;
  regionCode: string;
  isKeyEnterprise: boolean;
}

export interface SyntheticCertificateType {
  id: string;
  name: string;
  occupationCode: string;
  kind: 'vocational_qualification' | 'skill_level';
}

export interface SyntheticCity {
  regions: SyntheticRegion[];
  enterprises: SyntheticEnterprise[];
  certificateTypes: SyntheticCertificateType[];
  positions: PositionInput[];
  seekers: SeekerInput[];
}

export interface SyntheticCityOptions {
  seed?: number;
  positions: number;
  seekers: number;
  /** ISO date-time the data is "as of" (publication and expiry dates are around it). */
  now?: string;
  /** Communities per street and grids per community (default 12 and 4). */
  communitiesPerStreet?: number;
  gridsPerCommunity?: number;
}

const COUNTY_CENTRE: GeoPoint = { lat: 36.18, lng: 116.77 };
const DAY_MS = 86_400_000;

export const generateSyntheticCity = (options: SyntheticCityOptions): SyntheticCity => {
  const random = seededRandom(options.seed ?? 42);
  const nowMs = Date.parse(options.now ?? '2025-03-01T08:00:00Z');
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const between = (lo: number, hi: number): number => lo + random() * (hi - lo);
  const int = (lo: number, hi: number): number => Math.floor(between(lo, hi + 1));
  const chance = (p: number): boolean => random() < p;
  const sample = <T>(items: readonly T[], n: number): T[] => {
    const copy = [...items];
    const out: T[] = [];
    while (out.length < n && copy.length) out.push(copy.splice(Math.floor(random() * copy.length), 1)[0]);
    return out;
  };
  const totalWeight = OCCUPATIONS.reduce((sum, o) => sum + o.weight, 0);
  const pickOccupation = (): OccupationSpec => {
    let r = random() * totalWeight;
    for (const occupation of OCCUPATIONS) if ((r -= occupation.weight) < 0) return occupation;
    return OCCUPATIONS[OCCUPATIONS.length - 1];
  };
  const jitter = (centre: GeoPoint, km: number): GeoPoint => ({
    lat: centre.lat + (between(-1, 1) * km) / 111,
    lng: centre.lng + (between(-1, 1) * km) / 90,
  });

  // Region tree: province → city → county → street → community → grid.
  const regions: SyntheticRegion[] = [
    { code: '37', name: '山东省', parentCode: null, level: 'province', centre: COUNTY_CENTRE },
    { code: '3709', name: '泰安市', parentCode: '37', level: 'city', centre: COUNTY_CENTRE },
    { code: '370983', name: '肥城市', parentCode: '3709', level: 'county', centre: COUNTY_CENTRE },
  ];
  const grids: { region: SyntheticRegion; path: string[] }[] = [];
  STREETS.forEach((streetName, s) => {
    const angle = (2 * Math.PI * s) / STREETS.length;
    const radius = s < 4 ? 3 : 12; // the four urban streets sit in the centre, towns around
    const street: SyntheticRegion = {
      code: `370983${String(s + 1).padStart(3, '0')}`,
      name: streetName,
      parentCode: '370983',
      level: 'street',
      centre: { lat: COUNTY_CENTRE.lat + (radius * Math.sin(angle)) / 111, lng: COUNTY_CENTRE.lng + (radius * Math.cos(angle)) / 90 },
    };
    regions.push(street);
    for (let c = 0; c < (options.communitiesPerStreet ?? 12); c++) {
      const community: SyntheticRegion = {
        code: `${street.code}${String(c + 1).padStart(3, '0')}`,
        name: `${NAME_PARTS[(s * 7 + c) % NAME_PARTS.length]}${c < 6 ? '社区' : '村'}居委会`,
        parentCode: street.code,
        level: 'community',
        centre: jitter(street.centre, 3),
      };
      regions.push(community);
      for (let g = 0; g < (options.gridsPerCommunity ?? 4); g++) {
        const grid: SyntheticRegion = {
          code: `${community.code}G${g + 1}`,
          name: `第${g + 1}网格`,
          parentCode: community.code,
          level: 'grid',
          centre: jitter(community.centre, 0.6),
        };
        regions.push(grid);
        grids.push({ region: grid, path: ['37', '3709', '370983', street.code, community.code, grid.code] });
      }
    }
  });

  const certificateTypes: SyntheticCertificateType[] = OCCUPATIONS.filter((o) => o.certificate).map((o) => ({
    id: o.certificate!.id,
    name: o.certificate!.name,
    occupationCode: o.code,
    kind: o.code.startsWith('2-') ? 'vocational_qualification' : 'skill_level',
  }));

  const enterpriseCount = Math.max(1, Math.round(options.positions / 4));
  const enterprises: SyntheticEnterprise[] = [];
  for (let i = 0; i < enterpriseCount; i++) {
    const grid = pick(grids);
    enterprises.push({
      id: `ent-${i + 1}`,
      name: `肥城${pick(NAME_PARTS)}${pick(ENTERPRISE_SUFFIXES)}`,
      industry: pickOccupation().industry,
      regionCode: grid.region.code,
      isKeyEnterprise: chance(0.1),
    });
  }
  const gridByCode = new Map(grids.map((g) => [g.region.code, g]));

  const shifts: { slots: WeeklySlot[]; hours: number }[] = [
    { slots: weekdays('08:00', '17:00'), hours: 40 },
    { slots: weekdays('09:00', '15:00'), hours: 30 }, // school hours (宝妈岗)
    { slots: everyday('07:00', '19:00').filter((_, i) => i % 2 === 0), hours: 48 },
    { slots: weekdays('18:00', '22:00'), hours: 20 },
    { slots: [], hours: 40 },
    { slots: [], hours: 44 },
  ];

  const positions: PositionInput[] = [];
  for (let i = 0; i < options.positions; i++) {
    const occupation = pickOccupation();
    const enterprise = pick(enterprises);
    const grid = gridByCode.get(enterprise.regionCode)!;
    const title = pick(occupation.titles);
    const skills = sample(occupation.skills, int(1, Math.min(3, occupation.skills.length)));
    const employmentType: EmploymentType = chance(0.03)
      ? 'public_welfare'
      : chance(0.1)
        ? 'part_time'
        : occupation.code === '6-07-05-02'
          ? 'home_based'
          : chance(0.05)
            ? 'flexible'
            : 'full_time';
    const shift = employmentType === 'part_time' ? shifts[pick([1, 3])] : pick(shifts);
    const certificateRequirements =
      occupation.certificate && chance(0.8)
        ? [{
            certificateTypeId: occupation.certificate.id,
            occupationCode: occupation.code,
            name: occupation.certificate.name,
            minLevel: chance(0.6) ? pick([5, 4, 4, 3]) : null,
            mandatory: chance(occupation.certificate.mandatoryShare),
          }]
        : [];
    const [lo, hi] = occupation.salary;
    const salaryMin = Math.round(between(lo * 0.9, lo * 1.1) / 100) * 100;
    const status: PositionStatus = chance(0.9) ? 'open' : pick(['paused', 'filled', 'closed', 'draft'] as const);
    positions.push({
      id: `pos-${String(i + 1).padStart(6, '0')}`,
      enterpriseId: enterprise.id,
      title: chance(0.3) ? `招聘${title}` : title,
      occupationCode: chance(0.9) ? occupation.code : null,
      description: `${enterprise.name}招聘${title}${int(1, 10)}名，要求会${skills.join('、')}，${sample(BOILERPLATE, 3).join('，')}。`,
      skills,
      certificateRequirements,
      minEducation: chance(0.7) ? occupation.education : null,
      salaryMin,
      salaryMax: Math.round(between(salaryMin, hi * 1.1) / 100) * 100,
      headcount: int(1, 20),
      applicationsReceived: int(0, 60),
      employmentType,
      weeklyHours: shift.hours,
      workSlots: shift.slots,
      region: { code: grid.region.code, path: grid.path },
      coordinates: jitter(grid.region.centre, 0.4),
      status,
      validUntil: chance(0.7) ? new Date(nowMs + int(-10, 90) * DAY_MS).toISOString().slice(0, 10) : null,
      publishedAt: new Date(nowMs - int(0, 90) * DAY_MS).toISOString(),
      targetGroups: employmentType === 'public_welfare' ? ['hard_to_employ', 'disabled'] : chance(0.1) ? [pick(['stay_at_home_mother', 'veteran', 'graduate'] as const)] : [],
    });
  }

  const groupsPool: TargetGroup[] = ['hard_to_employ', 'zero_employment_family', 'disabled', 'graduate', 'veteran', 'laid_off', 'stay_at_home_mother', 'rural_migrant', 'gig_worker', 'low_income'];
  const seekers: SeekerInput[] = [];
  for (let i = 0; i < options.seekers; i++) {
    const main = pickOccupation();
    const second = chance(0.4) ? pickOccupation() : null;
    const grid = pick(grids);
    const skills = [...sample(main.skills, int(1, main.skills.length)), ...(second ? sample(second.skills, 1) : [])];
    const certificates: HeldCertificate[] = [];
    for (const occupation of [main, second]) {
      if (occupation?.certificate && chance(0.5)) {
        certificates.push({
          certificateTypeId: occupation.certificate.id,
          occupationCode: occupation.code,
          name: occupation.certificate.name,
          level: pick([5, 4, 4, 3, 3, 2]),
          verified: chance(0.6),
          expiresOn: chance(0.2) ? new Date(nowMs + int(-400, 700) * DAY_MS).toISOString().slice(0, 10) : null,
        });
      }
    }
    const mother = chance(0.12);
    const years = int(1, 15);
    const experienceText = pick(EXPERIENCE_PHRASES)
      .replace('{e}', pick(enterprises).name)
      .replace('{t}', pick(main.titles))
      .replace('{s}', skills.slice(0, 2).join('和'))
      .replace('{n}', String(years));
    seekers.push({
      id: `skr-${String(i + 1).padStart(6, '0')}`,
      education: pick(['none', 'primary', 'junior_secondary', 'junior_secondary', 'senior_secondary', 'vocational_secondary', 'associate', 'bachelor'] as const),
      major: chance(0.3) ? pick(['机电一体化', '会计', '护理', '烹饪', '电子商务', '汽车维修', '市场营销']) : null,
      skills,
      experienceText,
      experiences: chance(0.5)
        ? [{ title: pick(main.titles), description: `负责${skills[0]}`, startDate: '2019-03-01', endDate: chance(0.5) ? null : '2024-06-30' }]
        : [],
      desiredTitles: [pick(main.titles), ...(second ? [pick(second.titles)] : [])],
      desiredOccupationCodes: chance(0.7) ? [main.code, ...(second ? [second.code] : [])] : [],
      desiredSalaryMin: chance(0.8) ? Math.round(between(main.salary[0] * 0.8, main.salary[1]) / 100) * 100 : null,
      availability: mother ? weekdays('08:30', '15:30') : chance(0.15) ? weekdays('08:00', '18:00') : [],
      region: { code: grid.region.code, path: grid.path },
      coordinates: chance(0.85) ? jitter(grid.region.centre, 0.4) : null,
      maxTravelKm: pick([3, 5, 5, 10, 15, null]),
      targetGroups: [
        ...(mother ? (['stay_at_home_mother'] as const) : []),
        ...(chance(0.25) ? [pick(groupsPool)] : []),
      ],
      consentToMatch: chance(0.97),
      status: chance(0.92) ? 'active' : pick(['employed', 'inactive'] as const),
      certificates,
    });
  }
  return { regions, enterprises, certificateTypes, positions, seekers };
};

function weekdays(start: string, end: string): WeeklySlot[] {
  return ([1, 2, 3, 4, 5] as const).map((day) => ({ day, start, end }));
}

function everyday(start: string, end: string): WeeklySlot[] {
  return ([1, 2, 3, 4, 5, 6, 7] as const).map((day) => ({ day, start, end }));
}
