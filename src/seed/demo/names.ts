/**
 * Chinese personal names for synthetic talents and contact persons, with pinyin for e-mail local parts.
 * Surname weights follow the rough order of frequency of the common surnames; given names are one or two
 * characters drawn from a list of everyday name characters.
 */
import type { Rng } from './prng';

/** [surname, pinyin, relative weight]. */
const SURNAMES: readonly (readonly [string, string, number])[] = [
  ['王', 'wang', 72], ['李', 'li', 70], ['张', 'zhang', 68], ['刘', 'liu', 52], ['陈', 'chen', 45],
  ['杨', 'yang', 32], ['赵', 'zhao', 20], ['黄', 'huang', 18], ['周', 'zhou', 17], ['吴', 'wu', 16],
  ['徐', 'xu', 12], ['孙', 'sun', 12], ['胡', 'hu', 10], ['朱', 'zhu', 10], ['高', 'gao', 10],
  ['林', 'lin', 9], ['何', 'he', 9], ['郭', 'guo', 9], ['马', 'ma', 9], ['罗', 'luo', 7],
  ['梁', 'liang', 7], ['宋', 'song', 6], ['郑', 'zheng', 6], ['谢', 'xie', 5], ['韩', 'han', 5],
  ['唐', 'tang', 5], ['冯', 'feng', 5], ['于', 'yu', 5], ['董', 'dong', 5], ['萧', 'xiao', 2],
  ['程', 'cheng', 4], ['曹', 'cao', 4], ['袁', 'yuan', 4], ['邓', 'deng', 4], ['许', 'xu', 4],
  ['傅', 'fu', 3], ['沈', 'shen', 3], ['曾', 'zeng', 3], ['彭', 'peng', 3], ['吕', 'lyu', 3],
  ['苏', 'su', 3], ['卢', 'lu', 3], ['蒋', 'jiang', 3], ['蔡', 'cai', 3], ['贾', 'jia', 3],
  ['丁', 'ding', 3], ['魏', 'wei', 3], ['薛', 'xue', 3], ['叶', 'ye', 3], ['阎', 'yan', 2],
  ['乌', 'wu', 2], ['白', 'bai', 3], ['云', 'yun', 2], ['包', 'bao', 2], ['奇', 'qi', 1],
  ['侯', 'hou', 2], ['郝', 'hao', 2], ['任', 'ren', 2], ['武', 'wu', 2], ['乔', 'qiao', 2],
  ['田', 'tian', 2], ['牛', 'niu', 2], ['石', 'shi', 2], ['康', 'kang', 2], ['樊', 'fan', 1],
];

/** Everyday given-name characters and their pinyin. */
const GIVEN: readonly (readonly [string, string])[] = [
  ['伟', 'wei'], ['芳', 'fang'], ['娜', 'na'], ['敏', 'min'], ['静', 'jing'], ['丽', 'li'], ['强', 'qiang'],
  ['磊', 'lei'], ['军', 'jun'], ['洋', 'yang'], ['勇', 'yong'], ['艳', 'yan'], ['杰', 'jie'], ['涛', 'tao'],
  ['明', 'ming'], ['超', 'chao'], ['秀', 'xiu'], ['霞', 'xia'], ['平', 'ping'], ['刚', 'gang'], ['桂', 'gui'],
  ['英', 'ying'], ['华', 'hua'], ['建', 'jian'], ['国', 'guo'], ['文', 'wen'], ['辉', 'hui'], ['鹏', 'peng'],
  ['宇', 'yu'], ['浩', 'hao'], ['晨', 'chen'], ['欣', 'xin'], ['婷', 'ting'], ['雪', 'xue'], ['琳', 'lin'],
  ['博', 'bo'], ['凯', 'kai'], ['斌', 'bin'], ['鑫', 'xin'], ['帅', 'shuai'], ['亮', 'liang'], ['峰', 'feng'],
  ['海', 'hai'], ['东', 'dong'], ['志', 'zhi'], ['新', 'xin'], ['瑞', 'rui'], ['宁', 'ning'], ['佳', 'jia'],
  ['慧', 'hui'], ['颖', 'ying'], ['倩', 'qian'], ['晓', 'xiao'], ['春', 'chun'], ['雨', 'yu'], ['红', 'hong'],
  ['阳', 'yang'], ['旭', 'xu'], ['蒙', 'meng'],
  ['子', 'zi'], ['轩', 'xuan'], ['睿', 'rui'], ['梓', 'zi'], ['涵', 'han'], ['一', 'yi'], ['诺', 'nuo'],
  ['嘉', 'jia'], ['思', 'si'], ['远', 'yuan'], ['俊', 'jun'], ['振', 'zhen'], ['林', 'lin'], ['玉', 'yu'],
  ['荣', 'rong'], ['德', 'de'], ['成', 'cheng'], ['金', 'jin'], ['燕', 'yan'], ['璐', 'lu'], ['昊', 'hao'],
];

/** Han-character surnames common among Mongols of Inner Mongolia. */
const MONGOLIAN_SURNAMES: readonly (readonly [string, string])[] = [
  ['包', 'bao'], ['白', 'bai'], ['云', 'yun'], ['乌', 'wu'], ['奇', 'qi'], ['宝', 'bao'],
];

/** Mongolian given names as commonly written in Chinese characters (Inner Mongolia). */
const MONGOLIAN_GIVEN: readonly (readonly [string, string])[] = [
  ['巴特尔', 'bateer'], ['其木格', 'qimuge'], ['乌云', 'wuyun'], ['苏日娜', 'surina'], ['图雅', 'tuya'],
  ['额尔敦', 'eerdun'], ['萨仁', 'saren'], ['那顺', 'nashun'], ['阿拉坦', 'alatan'], ['斯琴', 'siqin'],
];

/**
 * Names with characters outside everyday use, including one beyond the Basic Multilingual Plane (𠮷, a
 * surrogate pair in UTF-16), so that storage, search and display are exercised on them.
 */
const RARE_NAMES: readonly (readonly [string, string])[] = [
  ['𠮷祥', 'ji.xiang'],
  ['刘䶮', 'liu.yan'],
  ['王堃', 'wang.kun'],
  ['张燊', 'zhang.shen'],
  ['李犇', 'li.ben'],
  ['赵龑', 'zhao.yan'],
  ['𠮷雅琪', 'ji.yaqi'],
];

export interface PersonName {
  name: string;
  /** ASCII, dot-separated pinyin, e.g. "wang.fang". */
  pinyin: string;
}

const SURNAME_ENTRIES = SURNAMES.map(([s, p, w]) => [[s, p] as const, w] as const);

export function randomName(rng: Rng): PersonName {
  if (rng.chance(0.04)) {
    const [surname, surnamePinyin] = rng.pick(MONGOLIAN_SURNAMES);
    const [given, givenPinyin] = rng.pick(MONGOLIAN_GIVEN);
    return { name: surname + given, pinyin: `${surnamePinyin}.${givenPinyin}` };
  }
  const [surname, surnamePinyin] = rng.weighted(SURNAME_ENTRIES);
  const parts = rng.chance(0.72) ? [rng.pick(GIVEN), rng.pick(GIVEN)] : [rng.pick(GIVEN)];
  return {
    name: surname + parts.map(([c]) => c).join(''),
    pinyin: `${surnamePinyin}.${parts.map(([, p]) => p).join('')}`,
  };
}

/** The i-th rare name (cycling), for the handful of talents chosen to carry one. */
export function rareName(i: number): PersonName {
  const [name, pinyin] = RARE_NAMES[i % RARE_NAMES.length];
  return { name, pinyin };
}

export const RARE_NAME_COUNT = RARE_NAMES.length;
