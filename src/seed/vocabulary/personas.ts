import type { EducationLevel, TargetGroup } from '../../../libs/labour-vocabulary/index.js';
import type { OccupationKey } from './occupations.js';
import type { AvailabilityKey } from './schedules.js';

/**
 * The kinds of people who register with a county employment centre. Each persona fixes
 * the plausible ranges (age, schooling, wanted jobs, groups, hours) so that a generated
 * seeker is coherent: a 1970 laid-off worker wants 保安 or 保洁, not 带货主播.
 */
export interface Persona {
  key: string;
  weight: number;
  maleShare: number;
  birthYears: readonly [number, number];
  education: ReadonlyArray<readonly [EducationLevel, number]>;
  /** Wanted occupations; a seeker wants one to three of them. */
  occupations: ReadonlyArray<readonly [OccupationKey, number]>;
  /** Independent probabilities of belonging to each group. */
  targetGroups: ReadonlyArray<readonly [TargetGroup, number]>;
  availability: ReadonlyArray<readonly [AvailabilityKey, number]>;
  maxTravelKm: readonly number[];
  /** Probability of holding at least one certificate. */
  certificateShare: number;
  majors?: readonly string[];
}

export const PERSONAS: readonly Persona[] = [
  {
    key: 'skilled-worker',
    weight: 16,
    maleShare: 0.9,
    birthYears: [1970, 1998],
    education: [['junior_secondary', 3], ['vocational_secondary', 4], ['senior_secondary', 2], ['associate', 1]],
    occupations: [
      ['welder', 4], ['cncLatheOperator', 3], ['electrician', 3], ['forkliftDriver', 2], ['truckDriver', 1],
      ['automobileMechanic', 1], ['scaffolder', 1],
    ],
    targetGroups: [['rural_migrant', 0.3], ['laid_off', 0.08], ['veteran', 0.05]],
    availability: [['anyTime', 1]],
    maxTravelKm: [10, 15, 20, 30, 40],
    certificateShare: 0.8,
    majors: ['焊接技术应用', '数控技术应用', '机电技术应用', '电气运行与控制', '汽车运用与维修'],
  },
  {
    key: 'rural-migrant',
    weight: 17,
    maleShare: 0.6,
    birthYears: [1968, 2000],
    education: [['primary', 1], ['junior_secondary', 6], ['senior_secondary', 2], ['vocational_secondary', 1]],
    occupations: [
      ['generalWorker', 5], ['parcelSorter', 3], ['courier', 2], ['bricklayer', 2], ['steelFixer', 1], ['sewingWorker', 1],
      ['orchardWorker', 2], ['warehouseKeeper', 1],
    ],
    targetGroups: [['rural_migrant', 0.75], ['low_income', 0.04], ['hard_to_employ', 0.04]],
    availability: [['anyTime', 9], ['weekdays', 1]],
    maxTravelKm: [5, 10, 15, 20, 30],
    certificateShare: 0.3,
  },
  {
    key: 'stay-at-home-mother',
    weight: 14,
    maleShare: 0,
    birthYears: [1985, 1997],
    education: [
      ['junior_secondary', 2], ['senior_secondary', 3], ['vocational_secondary', 2], ['associate', 3], ['bachelor', 1],
    ],
    occupations: [
      ['eCommerceCustomerService', 4], ['handKnitter', 3], ['generalWorker', 3], ['sewingWorker', 2], ['infantCareWorker', 2],
      ['chinesePastryCook', 1], ['waiter', 1], ['liveStreamer', 1], ['domesticServiceWorker', 1],
    ],
    targetGroups: [['stay_at_home_mother', 1], ['hard_to_employ', 0.05], ['low_income', 0.03]],
    availability: [['schoolHours', 14], ['anyTime', 4], ['weekendsOnly', 1]],
    maxTravelKm: [2, 3, 5, 5, 8],
    certificateShare: 0.4,
    majors: ['学前教育', '会计', '电子商务', '护理', '服装设计与工艺'],
  },
  {
    key: 'care-worker',
    weight: 12,
    maleShare: 0.1,
    birthYears: [1966, 1982],
    education: [['primary', 2], ['junior_secondary', 5], ['senior_secondary', 2]],
    occupations: [
      ['elderlyCareWorker', 4], ['domesticServiceWorker', 4], ['cleaner', 3], ['infantCareWorker', 2], ['chinesePastryCook', 1],
    ],
    targetGroups: [
      ['laid_off', 0.35], ['hard_to_employ', 0.3], ['zero_employment_family', 0.04], ['low_income', 0.06],
      ['rural_migrant', 0.2],
    ],
    availability: [['anyTime', 7], ['weekdays', 2], ['schoolHours', 1]],
    maxTravelKm: [3, 5, 8, 10],
    certificateShare: 0.55,
  },
  {
    key: 'older-laid-off',
    weight: 10,
    maleShare: 0.65,
    birthYears: [1966, 1976],
    education: [['primary', 2], ['junior_secondary', 5], ['senior_secondary', 3]],
    occupations: [
      ['securityGuard', 4], ['cleaner', 3], ['warehouseKeeper', 2], ['forestRanger', 1], ['communityAssistant', 1],
      ['generalWorker', 1], ['truckDriver', 1],
    ],
    targetGroups: [['laid_off', 0.65], ['hard_to_employ', 0.5], ['zero_employment_family', 0.08], ['low_income', 0.1]],
    availability: [['anyTime', 6], ['weekdays', 3]],
    maxTravelKm: [3, 5, 8, 10],
    certificateShare: 0.25,
  },
  {
    key: 'graduate',
    weight: 14,
    maleShare: 0.45,
    birthYears: [1999, 2004],
    education: [['associate', 5], ['bachelor', 5], ['master', 0.5]],
    occupations: [
      ['eCommerceOperator', 3], ['liveStreamer', 3], ['accountant', 3], ['eCommerceCustomerService', 1], ['cncLatheOperator', 1],
      ['electrician', 1], ['elderlyCareWorker', 1], ['communityAssistant', 0.5],
    ],
    targetGroups: [['graduate', 1], ['low_income', 0.02]],
    availability: [['anyTime', 1]],
    maxTravelKm: [10, 15, 20, 30, 50],
    certificateShare: 0.4,
    majors: [
      '电子商务', '会计', '市场营销', '机械设计制造及其自动化', '电气自动化技术', '护理', '老年服务与管理', '计算机应用技术',
      '财务管理', '新闻学', '数控技术', '物流管理', '汉语言文学',
    ],
  },
  {
    key: 'veteran',
    weight: 5,
    maleShare: 0.95,
    birthYears: [1985, 2001],
    education: [['senior_secondary', 5], ['associate', 3], ['vocational_secondary', 2]],
    occupations: [
      ['truckDriver', 3], ['securityGuard', 3], ['courier', 2], ['electrician', 1], ['forkliftDriver', 1], ['automobileMechanic', 1],
    ],
    targetGroups: [['veteran', 1]],
    availability: [['anyTime', 1]],
    maxTravelKm: [10, 20, 30],
    certificateShare: 0.35,
  },
  {
    key: 'disabled',
    weight: 4,
    maleShare: 0.55,
    birthYears: [1970, 2000],
    education: [['primary', 1], ['junior_secondary', 3], ['senior_secondary', 2], ['vocational_secondary', 1], ['associate', 1]],
    occupations: [['handKnitter', 4], ['eCommerceCustomerService', 4], ['cleaner', 1], ['communityAssistant', 1]],
    targetGroups: [['disabled', 1], ['hard_to_employ', 0.7], ['low_income', 0.2], ['zero_employment_family', 0.05]],
    availability: [['anyTime', 3], ['weekdays', 2]],
    maxTravelKm: [1, 2, 3, 5],
    certificateShare: 0.2,
  },
  {
    key: 'gig-worker',
    weight: 6,
    maleShare: 0.7,
    birthYears: [1984, 2002],
    education: [['junior_secondary', 3], ['senior_secondary', 3], ['vocational_secondary', 1], ['associate', 1]],
    occupations: [['deliveryRider', 4], ['courier', 3], ['liveStreamer', 2], ['truckDriver', 1], ['parcelSorter', 1]],
    targetGroups: [['gig_worker', 1], ['rural_migrant', 0.15]],
    availability: [['anyTime', 7], ['weekendsOnly', 3]],
    maxTravelKm: [10, 15, 20, 30],
    certificateShare: 0.2,
  },
];

/** Majors of people with secondary vocational schooling or more and no persona-specific major. */
export const GENERAL_MAJORS = ['机电技术应用', '计算机应用', '会计', '电子商务', '护理', '学前教育', '市场营销', '物流服务与管理'];

/** Majors that lead to an occupation (中专 and 高职 programme names). */
export const OCCUPATION_MAJORS: Partial<Record<OccupationKey, readonly string[]>> = {
  welder: ['焊接技术应用', '机械制造技术'],
  cncLatheOperator: ['数控技术应用', '数控技术', '机械设计制造及其自动化'],
  electrician: ['电气自动化技术', '机电技术应用', '电气运行与控制'],
  automobileMechanic: ['汽车运用与维修', '汽车检测与维修技术'],
  eCommerceOperator: ['电子商务', '市场营销', '网络营销与直播电商'],
  eCommerceCustomerService: ['电子商务', '计算机应用'],
  liveStreamer: ['网络营销与直播电商', '新闻学', '市场营销', '播音与主持'],
  accountant: ['会计', '财务管理', '大数据与会计'],
  elderlyCareWorker: ['护理', '老年服务与管理', '智慧健康养老服务与管理'],
  infantCareWorker: ['学前教育', '护理', '婴幼儿托育服务与管理'],
  communityAssistant: ['社会工作', '汉语言文学', '计算机应用技术'],
  sewingWorker: ['服装设计与工艺'],
  chinesePastryCook: ['中餐烹饪'],
  chineseCook: ['中餐烹饪'],
};

/** Where people worked before: other towns of the province, big cities, or home. */
export const FORMER_EMPLOYER_PLACES = ['肥城市', '泰安', '济南', '青岛', '淄博', '济宁', '苏州', '天津', '北京'];

export const FORMER_EMPLOYER_SUFFIXES = ['有限公司', '有限责任公司', '股份有限公司'];
