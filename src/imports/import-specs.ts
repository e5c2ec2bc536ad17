import type { ImportSpec } from './import-spec';
import type { ImportType } from './import-types';
import { positionSpec } from './position-spec';
import { talentSpec } from './talent-spec';
import { programmeSpec, universitySpec } from './university-spec';

const SPECS: Record<ImportType, ImportSpec> = {
  talents: talentSpec,
  positions: positionSpec,
  universities: universitySpec,
  programmes: programmeSpec,
};

export function specFor(type: ImportType): ImportSpec {
  return SPECS[type];
}
