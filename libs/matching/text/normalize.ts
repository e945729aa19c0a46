/**
 * Text folding shared by documents, queries, skills and certificate names, so that
 * 'ＡＢＣ１２３', 'abc123' and 'ABC123' meet in the same index entry. Users type on phones
 * with full-width input methods switched on; HR officers paste from Word.
 */

const FULL_WIDTH_FIRST = 0xff01; // '！'
const FULL_WIDTH_LAST = 0xff5e; // '～'
const FULL_TO_HALF_OFFSET = 0xfee0;
const IDEOGRAPHIC_SPACE = 0x3000;

/** Full-width ASCII → half-width, ideographic space → space. Other characters are kept. */
export const foldWidth = (text: string): string => {
  let out = '';
  let changed = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= FULL_WIDTH_FIRST && code <= FULL_WIDTH_LAST) {
      out += String.fromCharCode(code - FULL_TO_HALF_OFFSET);
      changed = true;
    } else if (code === IDEOGRAPHIC_SPACE) {
      out += ' ';
      changed = true;
    } else {
      out += text[i];
    }
  }
  return changed ? out : text;
};

/** Width and case folded, runs of white space collapsed, trimmed. */
export const normalizeText = (text: string | null | undefined): string =>
  text ? foldWidth(text).toLowerCase().replace(/\s+/g, ' ').trim() : '';

/** A name used as a key (skill, certificate, city): normalized and without inner spaces. */
export const normalizeKey = (text: string | null | undefined): string =>
  normalizeText(text).replace(/[\s·・•]+/g, '');
