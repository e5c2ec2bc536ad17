import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import { createDomainJieba } from '../skills/domain-dictionary';

let shared: Jieba | undefined;

/**
 * One segmenter per process: jieba's default dictionary plus the domain words of the skill taxonomy and
 * majors (rare-earth, trades and IT terms kept whole). Loading takes ~0.2 s, so it is created lazily once.
 */
export function sharedJieba(): Jieba {
  return (shared ??= createDomainJieba());
}

let plain: Jieba | undefined;

/** jieba with its default dictionary only: for reference baselines that must not benefit from domain words. */
export function defaultJieba(): Jieba {
  return (plain ??= Jieba.withDict(dict));
}
