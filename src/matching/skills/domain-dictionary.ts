/**
 * A jieba user dictionary for the zone's vocabulary. Without it jieba splits domain terms apart
 * (稀土/萃取, 晶界/扩散), and a skill name would then match inside unrelated compounds.
 */
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import { MAJORS } from '../majors/major-data';
import { SKILL_TAXONOMY, type SkillRecord } from './taxonomy-data';

/** Terms of the zone's industries that are not skill names themselves but occur in postings. */
export const ZONE_TERMS: readonly string[] = [
  '稀土冶炼', '稀土冶炼分离', '萃取分离', '萃取槽', '皂化', '钕铁硼', '烧结钕铁硼', '粘结钕铁硼', '镨钕', '氧化镨钕',
  '镨钕金属', '镝铁', '铽', '重稀土', '轻稀土', '稀土永磁', '稀土抛光粉', '稀土储氢', '稀土功能材料', '稀土精矿',
  '白云鄂博', '包头稀土', '稀土高新区', '取向硅钢', '无取向硅钢', '电工钢', '硅钢片', '高磁感', '铁损', '磁感',
  '多晶硅', '单晶硅', '单晶炉', '拉晶', '硅片', '电池片', '光伏组件', '电解铝', '铝电解', '预焙阳极', '铝合金',
  '铝型材', '铝板带', '电解铜', '铜杆', '漆包线', '微电机', '永磁电机', '磁材', '磁钢', '晶界扩散', '速凝铸片',
  '气流磨', '氢破碎', '充磁', '熔盐电解', '稀土电解', '稀土金属', '稀土合金', '双碳', '绿氢', '源网荷储',
  '风光储', '储能电站', '光伏电站', '变电站', '继电保护', '紧缺急需岗位', '人才服务专班',
];

/** Frequency given to user words: high enough that jieba keeps them whole against its default split. */
const USER_WORD_FREQ = 20000;
const USER_WORD_TAG = 'nz';
/** Two-character words are left to the default dictionary, which already knows them with better frequencies. */
const MIN_HAN_WORD_LENGTH = 3;
const HAN = /\p{Script=Han}/u;

function eligible(term: string): boolean {
  // A dictionary line is whitespace-separated, so multi-word terms cannot be entries.
  if (!term || /\s/.test(term)) return false;
  if (!HAN.test(term)) return false;
  return [...term].length >= MIN_HAN_WORD_LENGTH;
}

/** Builds `word freq tag` lines from skill names and aliases, major names and the zone's terms. */
export function buildDomainUserDictionary(
  skills: readonly SkillRecord[] = SKILL_TAXONOMY,
  extraTerms: readonly string[] = [...MAJORS.flatMap((m) => [m.zh, ...m.aliases]), ...ZONE_TERMS],
): string {
  const words = new Set<string>();
  const add = (t: string): void => {
    const w = t.normalize('NFKC').trim().toLowerCase();
    if (eligible(w)) words.add(w);
  };
  for (const s of skills) {
    add(s.zh);
    for (const a of s.aliases) add(a);
  }
  for (const t of extraTerms) add(t);
  return [...words].map((w) => `${w} ${USER_WORD_FREQ} ${USER_WORD_TAG}`).join('\n') + '\n';
}

let defaultDictionary: string | undefined;

/** The user dictionary for the shipped taxonomy and majors, built once. */
export function domainUserDictionary(): string {
  defaultDictionary ??= buildDomainUserDictionary();
  return defaultDictionary;
}

/**
 * A jieba instance with the default dictionary plus the domain words. Loading the default dictionary
 * takes about 0.2 s, so callers should keep the instance.
 */
export function createDomainJieba(userDictionary: string = domainUserDictionary()): Jieba {
  const jieba = Jieba.withDict(dict);
  jieba.loadDict(Buffer.from(userDictionary, 'utf8'));
  return jieba;
}

let sharedJieba: Jieba | undefined;

/** One shared instance for the shipped vocabulary; jieba's cut is synchronous and keeps no per-call state. */
export function getDomainJieba(): Jieba {
  sharedJieba ??= createDomainJieba();
  return sharedJieba;
}
