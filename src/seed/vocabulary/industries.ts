import type { OccupationKey } from './occupations.js';

/**
 * Who registers the employer, which decides the first two characters of its unified
 * social credit code (GB 32100): 91 a company, 93 a farmers' cooperative, 11 an organ
 * of government (街道办事处, 镇人民政府), which is who offers public-welfare posts.
 */
export type EmployerKind = 'company' | 'cooperative' | 'government';

export interface IndustryProfile {
  /** Stored in enterprise.industry. */
  label: string;
  kind: EmployerKind;
  /** How common the industry is among the county's recruiting employers. */
  weight: number;
  /** The part of the name after the trade name (字号): 机械制造 in 肥城市鑫源机械制造有限公司. */
  nameWords: readonly string[];
  /** Share of employers of this industry sitting in a town (镇) rather than a 街道. */
  townShare: number;
  keyEnterpriseShare: number;
  occupations: ReadonlyArray<readonly [OccupationKey, number]>;
}

export const INDUSTRIES: readonly IndustryProfile[] = [
  {
    label: '制造业',
    kind: 'company',
    weight: 9,
    nameWords: ['机械制造', '机械', '精密机械', '重工', '机械设备', '五金制品', '汽车配件'],
    townShare: 0.6,
    keyEnterpriseShare: 0.35,
    occupations: [
      ['welder', 4], ['cncLatheOperator', 3], ['electrician', 2], ['generalWorker', 4], ['forkliftDriver', 2],
      ['warehouseKeeper', 1], ['accountant', 1], ['cleaner', 1], ['securityGuard', 1],
    ],
  },
  {
    label: '纺织服装',
    kind: 'company',
    weight: 5,
    nameWords: ['服饰', '纺织', '服装', '家纺'],
    townShare: 0.5,
    keyEnterpriseShare: 0.15,
    occupations: [
      ['sewingWorker', 5], ['generalWorker', 3], ['handKnitter', 2], ['eCommerceCustomerService', 1], ['warehouseKeeper', 1],
      ['electrician', 1],
    ],
  },
  {
    label: '食品加工',
    kind: 'company',
    weight: 4,
    nameWords: ['食品', '桃业食品', '食品科技'],
    townShare: 0.6,
    keyEnterpriseShare: 0.25,
    occupations: [
      ['generalWorker', 5], ['westernPastryCook', 2], ['chinesePastryCook', 2], ['forkliftDriver', 1], ['warehouseKeeper', 1],
      ['electrician', 1], ['liveStreamer', 1], ['truckDriver', 1],
    ],
  },
  {
    label: '家政服务',
    kind: 'company',
    weight: 5,
    nameWords: ['家政服务', '家政'],
    townShare: 0.1,
    keyEnterpriseShare: 0.1,
    occupations: [['domesticServiceWorker', 5], ['infantCareWorker', 4], ['cleaner', 2], ['elderlyCareWorker', 2]],
  },
  {
    label: '养老服务',
    kind: 'company',
    weight: 4,
    nameWords: ['养老服务', '康养服务', '颐养服务'],
    townShare: 0.3,
    keyEnterpriseShare: 0.2,
    occupations: [['elderlyCareWorker', 6], ['chineseCook', 1], ['cleaner', 2], ['domesticServiceWorker', 1], ['securityGuard', 1]],
  },
  {
    label: '餐饮',
    kind: 'company',
    weight: 5,
    nameWords: ['餐饮管理', '餐饮服务', '饮食服务'],
    townShare: 0.2,
    keyEnterpriseShare: 0.05,
    occupations: [['chineseCook', 3], ['chinesePastryCook', 3], ['waiter', 4], ['cleaner', 1], ['westernPastryCook', 1]],
  },
  {
    label: '物流快递',
    kind: 'company',
    weight: 5,
    nameWords: ['物流', '供应链管理', '速递服务', '快递服务'],
    townShare: 0.3,
    keyEnterpriseShare: 0.15,
    occupations: [
      ['courier', 4], ['parcelSorter', 4], ['deliveryRider', 2], ['forkliftDriver', 2], ['truckDriver', 2],
      ['warehouseKeeper', 1], ['automobileMechanic', 1],
    ],
  },
  {
    label: '建筑',
    kind: 'company',
    weight: 4,
    nameWords: ['建筑工程', '建设工程', '建筑安装工程'],
    townShare: 0.4,
    keyEnterpriseShare: 0.2,
    occupations: [
      ['bricklayer', 3], ['steelFixer', 3], ['scaffolder', 2], ['electrician', 2], ['welder', 2], ['generalWorker', 1],
      ['accountant', 1],
    ],
  },
  {
    label: '电子商务',
    kind: 'company',
    weight: 4,
    nameWords: ['电子商务', '网络科技', '电商'],
    townShare: 0.1,
    keyEnterpriseShare: 0.15,
    occupations: [
      ['liveStreamer', 4], ['eCommerceCustomerService', 4], ['eCommerceOperator', 3], ['generalWorker', 2],
      ['warehouseKeeper', 1], ['handKnitter', 1],
    ],
  },
  {
    label: '农业合作社',
    kind: 'cooperative',
    weight: 3,
    nameWords: ['佛桃种植专业合作社', '桃果品专业合作社', '果蔬种植专业合作社', '金银花种植专业合作社'],
    townShare: 1,
    keyEnterpriseShare: 0.1,
    occupations: [['orchardWorker', 6], ['generalWorker', 2], ['liveStreamer', 2], ['eCommerceCustomerService', 1]],
  },
  {
    label: '物业服务',
    kind: 'company',
    weight: 3,
    nameWords: ['物业管理', '物业服务'],
    townShare: 0.1,
    keyEnterpriseShare: 0.1,
    occupations: [['cleaner', 5], ['securityGuard', 5], ['electrician', 2], ['accountant', 1]],
  },
  {
    label: '公共管理',
    kind: 'government',
    weight: 1,
    nameWords: [],
    townShare: 0.5,
    keyEnterpriseShare: 0,
    occupations: [['cleaner', 3], ['securityGuard', 2], ['forestRanger', 2], ['communityAssistant', 3]],
  },
];

/** Trade names (字号): auspicious words and local landmarks (陶山, 牛山, 汶阳, 佛桃). */
export const TRADE_NAMES = [
  '鑫源', '瑞祥', '康宁', '恒通', '华宇', '金桥', '宏达', '顺发', '佳和', '福瑞', '盛达', '德润', '安康', '惠民',
  '益农', '绿源', '丰泽', '汶阳', '龙山', '桃都', '康源', '明达', '泰丰', '鲁信', '金泰', '宏昌', '永盛', '广源',
  '嘉禾', '百福', '万和', '聚鑫', '昌盛', '天宝', '春晖', '祥和', '仁和', '颐和', '乐家', '巧手', '诚信', '凤山',
  '牛山', '陶山', '瑞丰', '亿达', '兴业', '泰和',
];

/** Most employers register in 肥城; some carry the city's or the province's name. */
export const NAME_PREFIXES: ReadonlyArray<readonly [string, number]> = [
  ['肥城市', 7],
  ['泰安', 1.5],
  ['山东', 1.5],
];

/** Streets as they appear in addresses in the county seat and in town centres. */
export const ROADS = [
  '龙山路', '新城路', '长山街', '泰西大街', '凤山大街', '向阳街', '文化路', '桃园路', '建设路', '康汇大街',
  '工业一路', '工业二路', '站前街', '府前街', '花园路', '育才路',
];

export const RECRUITMENT_BENEFITS = [
  '缴纳五险', '免费工作餐', '提供住宿', '节日福利', '全勤奖', '班车接送', '带薪年假',
  '岗前免费培训', '包吃', '年终奖', '高温补贴',
];
