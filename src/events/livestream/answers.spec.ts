import { answerFrom, type FeaturedFacts } from './answers.js';

const welder: FeaturedFacts = {
  title: '电焊工',
  enterpriseName: '肥城市桃都机械有限公司',
  salaryMin: 5000,
  salaryMax: 8000,
  benefits: ['social_insurance', 'accommodation', 'meals', 'shuttle_bus'],
  minEducation: 'junior_secondary',
  weeklyHours: 44,
  workSlots: [
    { day: 1, start: '08:00', end: '17:00' },
    { day: 2, start: '08:00', end: '17:00' },
  ],
  address: '肥城市高新区龙山路9号',
  regionName: '新城街道',
};

describe('answerFrom', () => {
  it('answers from the position’s own data', () => {
    expect(answerFrom('accommodation', welder)).toBe('提供住宿，提供工作餐');
    expect(answerFrom('pay', welder)).toBe('月薪5000-8000元，缴纳五险');
    expect(answerFrom('travel', welder)).toBe('有班车接送');
    expect(answerFrom('education', welder)).toBe('学历要求：初中及以上');
    expect(answerFrom('hours', welder)).toBe('每周44小时，周一、周二 08:00-17:00');
    expect(answerFrom('location', welder)).toBe('工作地点：肥城市高新区龙山路9号');
  });

  it('leaves to the host what the data does not say', () => {
    const unknown = { ...welder, benefits: [] };
    expect(answerFrom('accommodation', unknown)).toBeNull();
    expect(answerFrom('travel', unknown)).toBeNull();
    expect(answerFrom('other', welder)).toBeNull();
    expect(answerFrom('accommodation', { ...welder, benefits: ['social_insurance'] })).toBe('不提供住宿');
  });
});
