/**
 * Graduating cohorts by university and major, chosen from each university's known strengths. Cohort sizes
 * are plausible orders of magnitude for the demo, not published enrolment figures.
 */
import type { Degree } from '../../domain/vocabulary';
import type { DemoProgramme } from './demo-data.types';
import { MAJORS, type MajorKey } from './majors';

type Entry = readonly [MajorKey, Degree, number];
const B = 'bachelor';
const M = 'master';
const D = 'doctorate';
const A = 'associate';

const BY_UNIVERSITY: Readonly<Record<string, readonly Entry[]>> = {
  'uni-lzu': [['chemistry', B, 150], ['appliedChem', B, 90], ['materialsPhysics', B, 60], ['chemistryPg', M, 120], ['chemistryPg', D, 30], ['materialsPg', M, 50]],
  'uni-lut': [['metallurgy', B, 120], ['materials', B, 200], ['mechanical', B, 300], ['electrical', B, 250], ['welding', B, 90], ['forming', B, 120], ['metallurgyPg', M, 40], ['materialsPg', M, 80]],
  'uni-lzjtu': [['electrical', B, 280], ['automation', B, 200], ['mechanical', B, 220], ['cs', B, 200], ['electronics', B, 150]],
  'uni-imust': [['metallurgy', B, 240], ['rareEarthEng', B, 60], ['materials', B, 180], ['functionalMaterials', B, 60], ['mineralProcessing', B, 80], ['mechanical', B, 260], ['electrical', B, 220], ['metallurgyPg', M, 90]],
  'uni-btnu': [['appliedChem', B, 90], ['chemistry', B, 80], ['cs', B, 150], ['electronics', B, 100]],
  'uni-btsvtc': [['metallurgyTech', A, 300], ['materialsTech', A, 120], ['mechatronicsTech', A, 280], ['electricalAutoTech', A, 260], ['analysisTech', A, 120], ['cncTech', A, 150], ['weldingTech', A, 90]],
  'uni-tsinghua': [['materialsPg', D, 60], ['electricalPg', D, 50], ['chemEngPg', D, 40], ['materialsPg', M, 120]],
  'uni-ncepu': [['electrical', B, 400], ['energyPower', B, 300], ['newEnergy', B, 200], ['newEnergyMaterials', B, 90], ['electricalPg', M, 300], ['electricalPg', D, 40]],
  'uni-ucas': [['materialsPg', D, 150], ['chemistryPg', D, 120], ['metallurgyPg', D, 30], ['materialsPg', M, 200]],
  'uni-sjtu': [['materials', B, 200], ['mechanical', B, 250], ['materialsPg', M, 200], ['materialsPg', D, 80], ['electricalPg', M, 150]],
  'uni-imu': [['chemistry', B, 100], ['electronics', B, 120], ['cs', B, 150], ['environmental', B, 60], ['newEnergyMaterials', B, 60], ['chemistryPg', M, 40]],
  'uni-imut': [['materials', B, 150], ['chemEng', B, 150], ['mechanical', B, 250], ['electrical', B, 250], ['energyPower', B, 120], ['newEnergy', B, 80]],
  'uni-neu': [['metallurgy', B, 350], ['materials', B, 300], ['automation', B, 300], ['mineralProcessing', B, 120], ['metallurgyPg', M, 150], ['metallurgyPg', D, 40]],
  'uni-ustb': [['metallurgy', B, 250], ['materials', B, 300], ['metalMaterials', B, 120], ['safety', B, 80], ['metallurgyPg', M, 150], ['materialsPg', D, 60]],
  'uni-csu': [['metallurgy', B, 250], ['mineralProcessing', B, 120], ['materials', B, 250], ['chemEng', B, 150], ['metallurgyPg', D, 50]],
  'uni-jxust': [['metallurgy', B, 200], ['mineralProcessing', B, 100], ['materials', B, 150], ['metallurgyPg', M, 60]],
  'uni-xauat': [['metallurgy', B, 200], ['metalMaterials', B, 100], ['environmental', B, 150], ['metallurgyPg', M, 60]],
  'uni-kust': [['metallurgy', B, 250], ['mineralProcessing', B, 120], ['materials', B, 150], ['metallurgyPg', D, 40]],
  'uni-hit': [['materials', B, 300], ['welding', B, 150], ['electrical', B, 300], ['mechanicalPg', M, 200], ['controlPg', D, 50]],
  'uni-nwpu': [['materials', B, 250], ['mechanical', B, 250], ['materialsPg', D, 60]],
  'uni-tyut': [['materials', B, 200], ['chemEng', B, 200], ['mechanical', B, 300], ['electrical', B, 250], ['forming', B, 150], ['safety', B, 100]],
  'uni-hebut': [['electrical', B, 300], ['materials', B, 150], ['chemEng', B, 150], ['mechatronics', B, 120], ['electricalPg', M, 100]],
  'uni-btvtc': [['mechatronicsTech', A, 250], ['electricalAutoTech', A, 220], ['cncTech', A, 150], ['robotTech', A, 100], ['chemTech', A, 100], ['powerSupplyTech', A, 120]],
  'uni-imtcme': [['mechatronicsTech', A, 300], ['electricalAutoTech', A, 250], ['powerSupplyTech', A, 200], ['robotTech', A, 120], ['machiningTech', A, 150], ['pvTech', A, 60]],
  'uni-lzpcu': [['chemTech', A, 300], ['analysisTech', A, 150], ['mechatronicsTech', A, 200], ['electricalAutoTech', A, 150]],
  'uni-nxu': [['chemEng', B, 150], ['chemistry', B, 100], ['electrical', B, 150], ['newEnergy', B, 80], ['newEnergyMaterials', B, 50]],
  'uni-buaa': [['materials', B, 200], ['automation', B, 250], ['electronics', B, 250], ['mechatronics', B, 150], ['controlPg', M, 150]],
  'uni-dlut': [['chemEng', B, 300], ['materials', B, 200], ['mechanical', B, 250], ['chemEngPg', D, 60]],
  'uni-xjtu': [['electrical', B, 400], ['energyPower', B, 300], ['materials', B, 200], ['electricalPg', D, 60]],
  'uni-tju': [['chemEng', B, 350], ['materials', B, 150], ['chemEngPg', M, 200], ['chemEngPg', D, 60]],
};

const kebab = (s: string) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** Bachelor and associate cohorts keep the plain major slug; postgraduate ones add the degree. */
function programmeKey(universityKey: string, major: MajorKey, degree: Degree): string {
  const uni = universityKey.replace(/^uni-/, '');
  const suffix = degree === 'master' || degree === 'doctorate' ? `-${degree}` : '';
  return `prog-${uni}-${kebab(major).replace(/-pg$/, '')}${suffix}`;
}

export function buildProgrammes(): DemoProgramme[] {
  const out: DemoProgramme[] = [];
  for (const [universityKey, entries] of Object.entries(BY_UNIVERSITY)) {
    for (const [major, degree, graduatesPerYear] of entries) {
      const def = MAJORS[major];
      const key = programmeKey(universityKey, major, degree);
      out.push({
        key,
        universityKey,
        major: def.zh,
        majorCode: def.code,
        degree,
        graduatesPerYear,
        // Vocational colleges and postgraduate schools finish in June; undergraduate cohorts in June or July.
        graduationMonth: degree === 'bachelor' && key.length % 2 === 1 ? 7 : 6,
        keywords: [...def.keywords],
        skillsTaught: [...def.skills],
      });
    }
  }
  return out;
}

export const PROGRAMME_UNIVERSITY_KEYS = Object.keys(BY_UNIVERSITY);
