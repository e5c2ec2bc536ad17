/**
 * The illustrative demo data set of the Baotou Rare Earth Hi-Tech Zone talent office. Deterministic: the
 * same seed gives the same data, byte for byte. Pure TypeScript, loaded into the database by
 * `src/seed/demo-loader.ts`.
 */
import type { DemoData } from './demo-data.types';
import { buildEnterprises } from './enterprises';
import { DEMO_DATA_NOTICE } from './notice';
import { buildPositions } from './positions';
import { buildProgrammes } from './programmes';
import { buildTalents } from './talents';
import { UNIVERSITIES } from './universities';

export type * from './demo-data.types';
export { DEMO_DATA_NOTICE } from './notice';
export { REAL_ENTERPRISE_KEYS } from './enterprises';

export const DEFAULT_DEMO_SEED = 20230115;

export function buildDemoData(seed: number = DEFAULT_DEMO_SEED): DemoData {
  const enterprises = buildEnterprises(seed);
  const universities = UNIVERSITIES.map((u) => ({ ...u, partnershipTypes: [...u.partnershipTypes] }));
  const programmes = buildProgrammes();
  return {
    notice: { zh: DEMO_DATA_NOTICE.zh, en: DEMO_DATA_NOTICE.en },
    enterprises,
    positions: buildPositions(seed, enterprises),
    universities,
    programmes,
    talents: buildTalents(seed, enterprises, universities, programmes),
  };
}
