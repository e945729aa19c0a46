import { foldWidth, normalizeText } from './normalize.js';
import { canonicalTerm } from './synonyms.js';
import { tokenize } from './tokenizer.js';

describe('tokenize', () => {
  it('segments Chinese, drops recruiting boilerplate and rewrites synonyms', () => {
    const tokens = tokenize('招聘电焊工，要求持焊工证');
    // 电焊工 is a synonym of 焊工; 招聘 and 要求 are stop words; single characters go.
    expect(tokens).toContain('焊工');
    expect(tokens).toContain('电焊');
    expect(tokens).not.toContain('电焊工');
    expect(tokens).not.toContain('招聘');
    expect(tokens).not.toContain('要求');
    expect(tokens).not.toContain('持');
  });

  it('keeps occupation words the stock dictionary splits', () => {
    expect(tokenize('育儿嫂')).toContain('育婴员');
    expect(tokenize('月嫂')).toContain('育婴员');
    expect(tokenize('配送员')).toContain('快递员');
  });

  it('folds full width and case before tokenising', () => {
    expect(foldWidth('ＡＢＣ１２３')).toBe('ABC123');
    expect(normalizeText('ＡＢＣ１２３　Ｃ１驾照')).toBe('abc123 c1驾照');
    expect(tokenize('ＡＢＣ１２３')).toEqual(tokenize('abc123'));
    expect(tokenize('Ｃ１驾照')).toEqual(['c1', '驾照']);
  });

  it('stems English, removes stop words and joins synonyms', () => {
    expect(tokenize('Cashiers and Servers wanted')).toEqual(['cashier', 'server']);
    expect(tokenize('Chauffeur')).toEqual(tokenize('Driver'));
    expect(tokenize('Front Desk')).toEqual(tokenize('receptionist'));
  });

  it('adds bigrams inside a phrase, never across punctuation', () => {
    const tokens = tokenize('Line Cook / Server', { bigrams: true });
    expect(tokens).toEqual(['line', 'cook', 'line cook', 'server']);
  });

  it('canonicalises whole names for skills and certificates', () => {
    expect(canonicalTerm('电焊工')).toBe('焊工');
    expect(canonicalTerm(' 保洁 ')).toBe('保洁员');
    expect(canonicalTerm('叉车驾驶')).toBe('叉车驾驶');
  });
});
