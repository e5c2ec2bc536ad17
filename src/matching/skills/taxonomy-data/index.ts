import { AUTOMATION_SKILLS, ELECTRONICS_SKILLS } from './automation-electronics';
import { ANALYSIS_SKILLS, QUALITY_SKILLS } from './analysis-quality';
import { CHEMICAL_MATERIALS_SKILLS } from './chemical-materials';
import type { SkillRecord } from './define';
import { ENERGY_SKILLS } from './energy';
import { EQUIPMENT_SKILLS } from './equipment';
import { ELECTRICAL_STEEL_SKILLS, MAGNET_SKILLS } from './magnets-steel';
import { GENERAL_SKILLS, LANGUAGE_SKILLS, MANAGEMENT_SKILLS } from './management-general';
import { RARE_EARTH_SKILLS } from './rare-earth';
import { SAFETY_SKILLS } from './safety-environment';
import { ALUMINIUM_COPPER_SKILLS, SILICON_PV_SKILLS } from './silicon-metals';
import { SOFTWARE_SKILLS } from './software';

export { SKILL_CATEGORIES, type SkillCategory, type SkillRecord } from './define';

/**
 * The skill taxonomy shipped with the service. Order matters only for ties: when two skills share a
 * surface form the earlier one wins, so the zone's core industries come first.
 */
export const SKILL_TAXONOMY: readonly SkillRecord[] = Object.freeze([
  ...RARE_EARTH_SKILLS,
  ...MAGNET_SKILLS,
  ...ELECTRICAL_STEEL_SKILLS,
  ...SILICON_PV_SKILLS,
  ...ALUMINIUM_COPPER_SKILLS,
  ...CHEMICAL_MATERIALS_SKILLS,
  ...ENERGY_SKILLS,
  ...EQUIPMENT_SKILLS,
  ...AUTOMATION_SKILLS,
  ...ELECTRONICS_SKILLS,
  ...SOFTWARE_SKILLS,
  ...ANALYSIS_SKILLS,
  ...QUALITY_SKILLS,
  ...SAFETY_SKILLS,
  ...MANAGEMENT_SKILLS,
  ...LANGUAGE_SKILLS,
  ...GENERAL_SKILLS,
]);
