import {
  BENEFIT_LABELS_ZH,
  EDUCATION_LABELS_ZH,
  type Benefit,
  type EducationLevel,
  type WeeklySlot,
} from '../../../libs/labour-vocabulary/index.js';
import type { Intent } from '../../../libs/livestream-questions/index.js';

/** What a featured position tells a viewer. */
export interface FeaturedFacts {
  title: string;
  enterpriseName: string;
  salaryMin: number;
  salaryMax: number;
  benefits: Benefit[];
  minEducation: EducationLevel;
  weeklyHours: number;
  workSlots: WeeklySlot[];
  address: string | null;
  regionName: string;
}

const WEEKDAYS_ZH = ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日'];

/**
 * The answer a position's own data gives to an intent, or null when the data does not
 * hold it (the question then goes to the host). Benefits answer only when the position
 * lists some: an empty list means "not said", not "no".
 */
export function answerFrom(intent: Intent, position: FeaturedFacts): string | null {
  switch (intent) {
    case 'pay': {
      const insurance = position.benefits.filter((benefit) => benefit === 'social_insurance' || benefit === 'housing_fund');
      return `月薪${position.salaryMin}-${position.salaryMax}元${insurance.map((benefit) => `，${BENEFIT_LABELS_ZH[benefit]}`).join('')}`;
    }
    case 'accommodation':
      if (position.benefits.length === 0) return null;
      return [
        position.benefits.includes('accommodation') ? '提供住宿' : '不提供住宿',
        position.benefits.includes('meals') ? '提供工作餐' : null,
      ].filter(Boolean).join('，');
    case 'travel':
      if (position.benefits.includes('shuttle_bus')) return '有班车接送';
      if (position.benefits.includes('transport_allowance')) return '有交通补贴';
      return null;
    case 'education':
      return position.minEducation === 'none' ? '不限学历' : `学历要求：${EDUCATION_LABELS_ZH[position.minEducation]}及以上`;
    case 'hours':
      return `每周${position.weeklyHours}小时${position.workSlots.length ? `，${describeSlots(position.workSlots)}` : ''}`;
    case 'location':
      return `工作地点：${position.address ?? position.regionName}`;
    case 'how_to_apply':
      return '点击岗位卡片“我要报名”即可投递，也可请社区网格员代为报名';
    case 'other':
      return null;
  }
}

function describeSlots(slots: WeeklySlot[]): string {
  const byTime = new Map<string, number[]>();
  for (const slot of slots) {
    const key = `${slot.start}-${slot.end}`;
    byTime.set(key, [...(byTime.get(key) ?? []), slot.day]);
  }
  return [...byTime.entries()].map(([time, days]) => `${days.map((day) => WEEKDAYS_ZH[day]).join('、')} ${time}`).join('；');
}
