import { toSimplified } from './traditional-map';

/**
 * Canonical form used before any analysis: NFKC (which also folds full-width ASCII such as "ＡＢＣ１２３"
 * and the ideographic space to their half-width forms), lower case, Traditional → Simplified for the
 * common characters, and collapsed white space. Idempotent.
 */
export function normalise(text: string): string {
  if (!text) return '';
  const folded = toSimplified(text.normalize('NFKC').toLowerCase());
  return folded.replace(/\s+/g, ' ').trim();
}

/** Strip Latin diacritics (é → e) so that the English tokenizer, which only keeps A–Z, does not cut words. */
export function stripDiacritics(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '');
}

const HAN = /\p{Script=Han}/u;

/** True for a CJK ideograph (after normalisation). */
export function isHan(ch: string): boolean {
  return HAN.test(ch);
}
