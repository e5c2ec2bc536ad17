import { DEGREE_LABELS, INDUSTRY_LABELS, TIER_LABELS } from '../../domain/vocabulary';
import type { PolicyCondition } from './policy-types';

export interface Wording {
  zh: string;
  en: string;
}

const listZh = (values: readonly string[]) => values.join('或');
const listEn = (values: readonly string[]) => values.join(' or ');

/** What a condition asks, as a requirement ("学历须为硕士及以上"). */
export function requirementText(condition: PolicyCondition): Wording {
  switch (condition.kind) {
    case 'minDegree':
      return { zh: `学历须为${DEGREE_LABELS[condition.value].zh}及以上`, en: `a ${DEGREE_LABELS[condition.value].en} degree or higher` };
    case 'maxAge':
      return { zh: `年龄不超过${condition.value}周岁`, en: `aged ${condition.value} or under` };
    case 'honour':
      return { zh: `入选${listZh(condition.value)}`, en: `selected for ${listEn(condition.value)}` };
    case 'tier':
      return {
        zh: `属于${listZh(condition.value.map((t) => TIER_LABELS[t].zh))}`,
        en: `in the tier ${listEn(condition.value.map((t) => TIER_LABELS[t].en))}`,
      };
    case 'field':
      return { zh: `所学专业属于${listZh(condition.value)}相关领域`, en: `a major in ${listEn(condition.value)}` };
    case 'industry':
      return {
        zh: `受聘岗位属于${listZh(condition.value.map((i) => INDUSTRY_LABELS[i].zh))}产业`,
        en: `a position in ${listEn(condition.value.map((i) => INDUSTRY_LABELS[i].en))}`,
      };
    case 'employerKeyChain':
      return { zh: '受聘于重点产业链企业', en: 'employed by a firm in a key industry chain' };
    case 'firstEmploymentInZone':
      return { zh: '首次在高新区就业', en: 'first employment in the zone' };
    case 'graduatedWithinYears':
      return { zh: `毕业不超过${condition.value}年`, en: `graduated within the last ${condition.value} years` };
    case 'minYearsExperience':
      return { zh: `工作经验不少于${condition.value}年`, en: `at least ${condition.value} years of work experience` };
  }
}

/** Why a condition cannot be checked: the fact it needs is not recorded. */
export function unknownText(condition: PolicyCondition): Wording {
  const need = requirementText(condition);
  switch (condition.kind) {
    case 'maxAge':
      return { zh: `年龄未登记，需核实${need.zh}`, en: `age not recorded: confirm ${need.en}` };
    case 'minDegree':
    case 'field':
    case 'graduatedWithinYears':
      return { zh: `学历信息未登记，需核实${need.zh}`, en: `education not recorded: confirm ${need.en}` };
    case 'tier':
      return { zh: `人才类别未登记，需核实${need.zh}`, en: `tier not recorded: confirm ${need.en}` };
    case 'industry':
    case 'employerKeyChain':
      return { zh: `未指定岗位，需${need.zh}`, en: `no position given: needs ${need.en}` };
    case 'firstEmploymentInZone':
      return { zh: `工作经历不完整，需核实${need.zh}`, en: `work history incomplete: confirm ${need.en}` };
    case 'minYearsExperience':
      return { zh: `工作年限未登记，需核实${need.zh}`, en: `years of work not recorded: confirm ${need.en}` };
    case 'honour':
      return { zh: `需${need.zh}`, en: `needs to be ${need.en}` };
  }
}
