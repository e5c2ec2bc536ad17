import type { Industry } from '../../../domain/vocabulary';
import { COMMON_TEMPLATES } from './common';
import { ELECTRONICS_TEMPLATES, ENERGY_TEMPLATES, EQUIPMENT_TEMPLATES } from './energy-equipment';
import { ELECTRICAL_STEEL_TEMPLATES, MAGNET_TEMPLATES } from './magnets-steel';
import { RARE_EARTH_TEMPLATES } from './rare-earth';
import { RESEARCH_TEMPLATES, SERVICES_TEMPLATES } from './research';
import { ALUMINIUM_COPPER_TEMPLATES, SILICON_PV_TEMPLATES } from './silicon-metals';
import type { PositionTemplate } from './template.types';

export type { PositionTemplate, ReqSkill } from './template.types';

const SPECIFIC: readonly PositionTemplate[] = [
  ...RARE_EARTH_TEMPLATES,
  ...MAGNET_TEMPLATES,
  ...ELECTRICAL_STEEL_TEMPLATES,
  ...SILICON_PV_TEMPLATES,
  ...ALUMINIUM_COPPER_TEMPLATES,
  ...ENERGY_TEMPLATES,
  ...EQUIPMENT_TEMPLATES,
  ...ELECTRONICS_TEMPLATES,
  ...RESEARCH_TEMPLATES,
  ...SERVICES_TEMPLATES,
];

export const ALL_POSITION_TEMPLATES: readonly PositionTemplate[] = [...SPECIFIC, ...COMMON_TEMPLATES];

const NON_MANUFACTURING: readonly Industry[] = ['research', 'services'];

/** Templates specific to the industry, and the shared manufacturing ones (none for research or services). */
export function templatesFor(industry: Industry): { specific: PositionTemplate[]; common: PositionTemplate[] } {
  return {
    specific: SPECIFIC.filter((t) => t.industries.includes(industry)),
    common: NON_MANUFACTURING.includes(industry) ? [] : [...COMMON_TEMPLATES],
  };
}
