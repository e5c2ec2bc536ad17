import { fieldWording, problemWording, reasonWording } from './problem-wording';
import { checkTalentProfile } from './profile-check';
import type { TalentProfile } from '../types';

describe('problem wording', () => {
  it('names a field path as the console names it, counting list items from 1', () => {
    expect(fieldWording('work.0.years')).toEqual({ zh: '工作经历第 1 条 · 年限', en: 'work history #1 · years' });
    expect(fieldWording('skills')).toEqual({ zh: '技能', en: 'skills' });
    expect(fieldWording('somethingNew.2')).toEqual({ zh: 'somethingNew第 3 条', en: 'somethingNew #3' });
  });

  it('has Chinese for every reason the profile check gives', () => {
    const shapes: Partial<TalentProfile>[] = [
      { skills: [[]] as never },
      { skills: [{ name: '' }] as never },
      { skills: [{ name: 42 }] as never },
      { skills: [{ name: '稀土萃取', level: 'high' }] as never },
      { skills: [{ name: '稀土萃取', level: 9 }] },
      { skills: { name: '稀土萃取' } as never },
      { tier: 'wizard' as never },
      { willingToRelocate: 'yes' as never },
      { headline: 7 as never },
    ];
    for (const shape of shapes) {
      const problem = checkTalentProfile({ id: 't1', lang: 'zh', ...shape } as TalentProfile);
      expect(problem).not.toBeNull();
      const words = reasonWording(problem!.reason);
      expect(words.en).toBe(problem!.reason);
      expect(words.zh).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('keeps an unknown reason as it is', () => {
    expect(problemWording(null, 'scoring failed: boom')).toEqual({ zh: 'scoring failed: boom', en: 'scoring failed: boom' });
  });
});
