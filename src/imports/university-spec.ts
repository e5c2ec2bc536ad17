import { coordinatePairViolations } from '../universities/universities.service';
import type { ObjectLiteral } from 'typeorm';
import { DEGREE_LABELS, DEGREES, PARTNERSHIP_LABELS, PARTNERSHIP_TYPES } from '../domain/vocabulary';
import { CreateProgrammeDto } from '../programmes/programme.dto';
import { Programme } from '../programmes/programme.entity';
import { invalidate } from '../recompute/invalidation';
import { CreateUniversityDto } from '../universities/university.dto';
import { University } from '../universities/university.entity';
import { decimal, integer, list, oneOf, text } from './cell-codecs';
import { idColumn, ImportSpec, keyColumn } from './import-spec';
import { keyOrNameResolver } from './reference-resolver';

export const universitySpec: ImportSpec = {
  type: 'universities',
  label: 'university',
  entity: University,
  dto: CreateUniversityDto,
  columns: [
    keyColumn(text, 'uni-example-1'),
    { key: 'nameZh', zh: '高校名称', en: 'nameZh', codec: text, example: '兰州理工大学', required: true },
    { key: 'nameEn', zh: '英文名称', en: 'nameEn', codec: text, example: 'Lanzhou University of Technology', empty: null },
    { key: 'city', zh: '城市', en: 'city', codec: text, example: '兰州', required: true },
    { key: 'province', zh: '省份', en: 'province', codec: text, example: '甘肃', required: true },
    { key: 'latitude', zh: '纬度', en: 'latitude', codec: decimal, example: 36.05, empty: null },
    { key: 'longitude', zh: '经度', en: 'longitude', codec: decimal, example: 103.86, empty: null },
    { key: 'coordinateSource', zh: '坐标来源', en: 'coordinateSource', codec: text, example: '', empty: null },
    {
      key: 'partnershipTypes',
      zh: '合作方式',
      en: 'partnershipTypes',
      codec: list(oneOf(PARTNERSHIP_TYPES, PARTNERSHIP_LABELS)),
      example: '双选会; 订单培养',
      empty: [],
    },
    idColumn(text),
  ],
  check: (u) => coordinatePairViolations(u.latitude as number | null, u.longitude as number | null),
  // Universities carry no stored matches (UniversitiesService records no recompute either).
};


export const programmeSpec: ImportSpec = {
  type: 'programmes',
  label: 'programme',
  entity: Programme,
  dto: CreateProgrammeDto,
  columns: [
    keyColumn(text, 'prog-example-1'),
    { key: 'universityKey', zh: '高校编号', en: 'universityKey', codec: text, example: 'uni-example-1', reference: true },
    { key: 'universityName', zh: '高校名称', en: 'university', codec: text, example: '', reference: true },
    { key: 'major', zh: '专业', en: 'major', codec: text, example: '冶金工程', required: true },
    { key: 'majorCode', zh: '专业代码', en: 'majorCode', codec: text, example: '080404', empty: null },
    { key: 'degree', zh: '学历层次', en: 'degree', codec: oneOf(DEGREES, DEGREE_LABELS), example: '本科', required: true },
    { key: 'graduatesPerYear', zh: '年毕业生数', en: 'graduatesPerYear', codec: integer, example: 120, required: true },
    { key: 'graduationMonth', zh: '毕业月份', en: 'graduationMonth', codec: integer, example: 6, empty: 6 },
    { key: 'keywords', zh: '关键词', en: 'keywords', codec: list(), example: '稀土冶金; 萃取', empty: [] },
    { key: 'skillsTaught', zh: '培养技能', en: 'skillsTaught', codec: list(), example: '溶剂萃取; 熔盐电解', empty: [] },
    idColumn(text),
  ],
  prepare: (manager) => keyOrNameResolver(manager, 'university'),
  // As ProgrammesService, but one coalesced request for the import instead of one per programme.
  async recompute(manager) {
    await invalidate(manager, { kind: 'programmes' });
  },
  async exportLookups(manager) {
    const rows: { id: string; external_key: string | null; name_zh: string }[] = await manager.query(
      'SELECT id, external_key, name_zh FROM university',
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    return (p: ObjectLiteral) => {
      const u = byId.get(p.universityId as string);
      return { universityKey: u?.external_key ?? '', universityName: u?.name_zh ?? '' };
    };
  },
};
