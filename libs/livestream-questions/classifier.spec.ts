import { EXAMPLES, INTENTS, QuestionClassifier, splitExamples } from './index.js';

describe('QuestionClassifier', () => {
  const classifier = QuestionClassifier.shipped();

  it.each([
    ['公司能解决住宿吗？', 'accommodation'],
    ['这个岗位工资一个月大概多少', 'pay'],
    ['厂里有没有班车接送', 'travel'],
    ['我只有初中学历能去吗', 'education'],
    ['是不是要上夜班', 'hours'],
    ['公司具体在什么地方', 'location'],
    ['我想报名怎么弄', 'how_to_apply'],
    ['主播晚上好呀', 'other'],
  ])('“%s” → %s', (text, intent) => {
    const result = classifier.classify(text);
    expect(result.intent).toBe(intent);
    expect(result.confidence).toBeGreaterThan(0);
    expect(result.confidence).toBeLessThanOrEqual(1);
  });

  it('reads punctuation and emoji alone as chat', () => {
    expect(classifier.classify('？？？ 👍').intent).toBe('other');
  });

  it('splits the examples the same way every time, holding out a share of every intent', () => {
    const first = splitExamples(EXAMPLES);
    const second = splitExamples(EXAMPLES);
    expect(first.heldOut).toEqual(second.heldOut);
    expect(first.train.length + first.heldOut.length).toBe(EXAMPLES.length);
    for (const intent of INTENTS) {
      const total = EXAMPLES.filter((example) => example.intent === intent).length;
      const held = first.heldOut.filter((example) => example.intent === intent).length;
      expect(held).toBeGreaterThanOrEqual(Math.floor(total / 4));
      expect(held).toBeLessThanOrEqual(Math.ceil(total / 4));
    }
  });

  it('classifies questions it did not train on: at least 80 % of the held-out part', () => {
    const { train, heldOut } = splitExamples(EXAMPLES);
    const trained = QuestionClassifier.train(train);
    const correct = heldOut.filter((example) => trained.classify(example.text).intent === example.intent).length;
    expect(correct / heldOut.length).toBeGreaterThanOrEqual(0.8);
  });
});
