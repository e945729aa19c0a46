import { INTENTS, QuestionClassifier, loadShippedExamples, splitExamples, tokenize, type Intent } from './index.js';

const examples = loadShippedExamples();
const shippedTexts = new Set(examples.map((example) => example.text));

describe('shipped examples', () => {
  it('label at least 40 distinct questions for every intent and nothing else', () => {
    for (const intent of INTENTS) expect(examples.filter((example) => example.intent === intent).length).toBeGreaterThanOrEqual(40);
    expect(examples.every((example) => (INTENTS as readonly string[]).includes(example.intent))).toBe(true);
    expect(shippedTexts.size).toBe(examples.length);
  });
});

describe('QuestionClassifier', () => {
  const classifier = QuestionClassifier.fromShippedExamples();

  // Written for this test; none of them is in examples.json (checked below).
  const unseen: Array<[string, Intent]> = [
    ['这个岗位一个月工资大概多少钱', 'pay'],
    ['交不交五险一金啊', 'pay'],
    ['厂里提供住宿不', 'accommodation'],
    ['包不包吃住啊', 'accommodation'],
    ['公司有没有班车接送员工', 'travel'],
    ['从火车站过去远不远', 'travel'],
    ['初中学历的可以去吗', 'education'],
    ['对学历有什么要求', 'education'],
    ['每天要上几个小时的班', 'hours'],
    ['周末加不加班', 'hours'],
    ['这个工厂具体地址在哪里', 'location'],
    ['公司在哪个区啊', 'location'],
    ['想报名的话怎么联系', 'how_to_apply'],
    ['面试要去哪里', 'how_to_apply'],
    ['主播晚上好呀', 'other'],
    ['666来了', 'other'],
  ];

  it('covers every intent with questions it was not trained on', () => {
    expect(new Set(unseen.map(([, intent]) => intent))).toEqual(new Set(INTENTS));
    for (const [text] of unseen) expect(shippedTexts.has(text)).toBe(false);
  });

  it.each(unseen)('“%s” → %s', (text, intent) => {
    const result = classifier.classify(text);
    expect(result.intent).toBe(intent);
    expect(result.confidence).toBeGreaterThan(0.5);
    expect(result.confidence).toBeLessThanOrEqual(1);
  });

  it.each([
    ['an empty message', ''],
    ['punctuation and emoji', '？？？ 👍'],
    ['Latin text', 'hello'],
    ['a very long message', '工资'.repeat(500)],
    ['a long message with the question at the end', '主播'.repeat(300) + '包吃住吗'],
  ])('keeps confidence within [0, 1] for %s', (_label, text) => {
    const { intent, confidence } = classifier.classify(text);
    expect(INTENTS).toContain(intent);
    expect(confidence).toBeGreaterThanOrEqual(0);
    expect(confidence).toBeLessThanOrEqual(1);
  });

  it('refuses examples with an unknown intent', () => {
    expect(() => QuestionClassifier.train([{ text: '工资多少', intent: 'salary' as Intent }])).toThrow(/Unknown intent/);
  });

  it('classifies at least 80 % of the held-out split correctly when trained on the rest', () => {
    const { train, heldOut } = splitExamples(examples);
    const trained = QuestionClassifier.train(train);
    const correct = heldOut.filter((example) => trained.classify(example.text).intent === example.intent).length;
    expect(correct / heldOut.length).toBeGreaterThanOrEqual(0.8);
  });
});

describe('tokenize', () => {
  it('keeps words, character pairs and characters, without particles', () => {
    const tokens = tokenize('包吃住不');
    expect(tokens).toEqual(expect.arrayContaining(['p:包吃', 'p:吃住', 'c:包', 'c:住']));
    expect(tokens).not.toContain('c:不');
  });

  it('gives a message without words a feature of its own', () => {
    expect(tokenize('？？？')).toEqual(['<none>']);
  });
});

describe('splitExamples', () => {
  it('splits the same way on every call', () => {
    expect(splitExamples(examples)).toEqual(splitExamples(examples));
  });

  it('depends on the seed', () => {
    expect(splitExamples(examples, 0.25, 1).heldOut).not.toEqual(splitExamples(examples, 0.25, 2).heldOut);
  });

  it('holds out a quarter of every intent and loses or repeats nothing', () => {
    const { train, heldOut } = splitExamples(examples);
    for (const intent of INTENTS) {
      const total = examples.filter((example) => example.intent === intent).length;
      expect(heldOut.filter((example) => example.intent === intent).length).toBe(Math.round(total * 0.25));
    }
    const key = (example: { text: string; intent: Intent }) => `${example.intent}\u0000${example.text}`;
    expect([...train, ...heldOut].map(key).sort()).toEqual(examples.map(key).sort());
  });

  it('refuses a held-out share outside [0, 1)', () => {
    expect(() => splitExamples(examples, 1)).toThrow(RangeError);
    expect(() => splitExamples(examples, -0.1)).toThrow(RangeError);
  });
});
