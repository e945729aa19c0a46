/** What a position offers besides pay: what viewers ask about most in livestream shows. */
export const BENEFITS = ['accommodation', 'meals', 'shuttle_bus', 'transport_allowance', 'social_insurance', 'housing_fund'] as const;
export type Benefit = (typeof BENEFITS)[number];

export const BENEFIT_LABELS_ZH: Record<Benefit, string> = {
  accommodation: '提供住宿',
  meals: '提供工作餐',
  shuttle_bus: '有班车接送',
  transport_allowance: '有交通补贴',
  social_insurance: '缴纳五险',
  housing_fund: '缴纳住房公积金',
};
