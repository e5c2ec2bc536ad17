import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import { getDomainJieba } from '../skills/domain-dictionary';

/**
 * One segmenter per process: jieba's default dictionary plus the domain words of the skill taxonomy and
 * majors (rare-earth, trades and IT terms kept whole). It is the skill taxonomy's own instance (same
 * dictionary, built from the same default user dictionary), so a process loads the dictionary once instead
 * of twice (~0.3 s and some 50 MB per worker thread). Segmenting is stateless, so sharing is safe.
 */
export function sharedJieba(): Jieba {
  return getDomainJieba();
}

let plain: Jieba | undefined;

/** jieba with its default dictionary only: for reference baselines that must not benefit from domain words. */
export function defaultJieba(): Jieba {
  return (plain ??= Jieba.withDict(dict));
}
