import { Jieba } from '@node-rs/jieba';
import { sharedJieba } from '../text/jieba';
import { normalise } from '../text/normalise';
import { EN_HEADS, EN_SENIORITY, ZH_HEADS, ZH_SENIORITY, type HeadEntry } from './role-heads';

/** A job title split into role head, field modifier and seniority. All strings are normalised. */
export interface ParsedTitle {
  /** The normalised title (parentheticals removed). */
  text: string;
  lang: 'zh' | 'en';
  /** The role word: 工程师, 经理, engineer, manager; '' when none was found. */
  head: string;
  /** Family of related heads (engineer ~ technician ~ 工程师 ~ 技术员); '' for generic heads (员, 师). */
  headFamily: string;
  /** Broader group of head families (lead, technical, professional …). */
  headGroup: string;
  /** What the work is about: the title without head and seniority ("机械", "sales"). */
  modifier: string;
  /** Seniority and grade words removed from the title (高级, 资深, senior, lead …). */
  seniority: string[];
}

const HAN = /\p{Script=Han}/u;
const PARENS = /\([^)]*\)|\[[^\]]*\]|【[^】]*】|<[^>]*>/g;
const DEPARTMENT_SUFFIX = /(部门|部)$/u;
const EN_SPLIT = /\s*(?:,|;|\s-\s|\s–\s|\s\/\s|\bof\b|\bfor\b|\bat\b|\bin\b|\bto\b)\s*/;
const EN_TAIL_LEVEL = /^(?:i|ii|iii|iv|v|\d+)$/;

export function detectLang(text: string): 'zh' | 'en' {
  return HAN.test(text) ? 'zh' : 'en';
}

/** Parse a title; `lang` defaults to zh when the title contains a Chinese character. */
export function parseTitle(title: string, lang?: 'zh' | 'en', jieba: Jieba = sharedJieba()): ParsedTitle {
  const text = normalise(normalise(title).replace(PARENS, ' '));
  const language = lang === 'en' && HAN.test(text) ? 'zh' : (lang ?? detectLang(text));
  return language === 'zh' ? parseZh(text, jieba) : parseEn(text);
}

function parseZh(text: string, jieba: Jieba): ParsedTitle {
  // Alternatives such as "销售经理/主管": the first one that ends in a known head carries the structure.
  const parts = text.split(/[/|、,;，；]+/).map((p) => p.replace(/\s+/g, '')).filter(Boolean);
  const main = parts.find((p) => zhHead(p) !== undefined) ?? parts[0] ?? '';
  let entry = zhHead(main);
  let head = entry?.head ?? '';
  if (!entry) {
    const words = jieba.cut(main, false).filter((w) => w.trim());
    head = words.length > 1 ? words[words.length - 1] : '';
  }
  let rest = main.slice(0, main.length - head.length);
  const seniority: string[] = [];
  rest = stripZhSeniority(rest, seniority);
  if (Array.from(rest).length > 2) rest = rest.replace(DEPARTMENT_SUFFIX, '');
  if (!entry && head) entry = undefined;
  return {
    text,
    lang: 'zh',
    head,
    headFamily: entry?.family ?? '',
    headGroup: entry?.group ?? '',
    modifier: rest,
    seniority,
  };
}

function zhHead(text: string): HeadEntry | undefined {
  for (const h of ZH_HEADS) if (text.length >= h.head.length && text.endsWith(h.head)) return h;
  return undefined;
}

function stripZhSeniority(text: string, found: string[]): string {
  let rest = text;
  for (let changed = true; changed && rest; ) {
    changed = false;
    for (const s of ZH_SENIORITY) {
      if (rest.startsWith(s)) {
        found.push(s);
        rest = rest.slice(s.length);
        changed = true;
        break;
      }
      if (rest.length > s.length && rest.endsWith(s)) {
        found.push(s);
        rest = rest.slice(0, rest.length - s.length);
        changed = true;
        break;
      }
    }
  }
  return rest;
}

function enHead(word: string): HeadEntry | undefined {
  return EN_HEADS.get(word) ?? (word.endsWith('s') ? EN_HEADS.get(word.slice(0, -1)) : undefined);
}

function parseEn(text: string): ParsedTitle {
  const clean = text.replace(/&/g, ' and ').replace(/[^\p{L}\p{N}\s,;/–-]+/gu, ' ').replace(/\s+/g, ' ').trim();
  // "director of taxation", "manager, sales": the part before the split holds the head when it ends in one.
  let headPart = clean;
  let tail = '';
  const m = EN_SPLIT.exec(clean);
  if (m && m.index > 0) {
    const left = clean.slice(0, m.index).trim();
    const leftWords = left.split(' ');
    const last = leftWords[leftWords.length - 1];
    if (enHead(last) || EN_SENIORITY.has(last)) {
      headPart = left;
      tail = clean.slice(m.index + m[0].length);
    }
  }
  const words = headPart.split(/[\s,;/–-]+/).filter(Boolean);
  while (words.length > 1 && EN_TAIL_LEVEL.test(words[words.length - 1])) words.pop();
  const head = words.pop() ?? '';
  const seniority: string[] = [];
  const modifierWords: string[] = [];
  for (const w of [...words, ...tail.split(/[\s,;/–-]+/).filter(Boolean)]) {
    if (EN_SENIORITY.has(w)) seniority.push(w);
    else if (w !== 'and' && w !== 'of' && w !== 'the') modifierWords.push(w);
  }
  const entry = enHead(head);
  return {
    text,
    lang: 'en',
    head,
    headFamily: entry?.family ?? '',
    headGroup: entry?.group ?? '',
    modifier: modifierWords.join(' '),
    seniority,
  };
}
