import { positionRuleViolations } from '../positions/positions.service';
import type { ObjectLiteral } from 'typeorm';
import { DEGREE_LABELS, DEGREES, INDUSTRIES, INDUSTRY_LABELS, POSITION_STATUSES, TIER_LABELS, TIERS } from '../domain/vocabulary';
import { CreatePositionDto } from '../positions/position.dto';
import { Position } from '../positions/position.entity';
import { invalidate } from '../recompute/invalidation';
import { decimal, integer, list, oneOf, records, text } from './cell-codecs';
import { idColumn, ImportSpec, keyColumn } from './import-spec';
import { keyOrNameResolver } from './reference-resolver';

const STATUS_LABELS = {
  open: { zh: '招聘中', en: 'open' },
  paused: { zh: '暂停', en: 'paused' },
  filled: { zh: '已招满', en: 'filled' },
  closed: { zh: '已关闭', en: 'closed' },
};

/** Required skills as "溶剂萃取:2:3; ICP-OES" — name, weight 0.1–5, minimum level 1–5. */
const requiredSkills = records(
  [
    { name: 'name', codec: text },
    { name: 'weight', codec: decimal },
    { name: 'minLevel', codec: integer },
  ],
  ':',
  /[;\n]/,
  '; ',
);

interface Named {
  id: string;
  external_key: string | null;
  name_zh: string;
}


export const positionSpec: ImportSpec = {
  type: 'positions',
  label: 'position',
  entity: Position,
  dto: CreatePositionDto,
  columns: [
    keyColumn(text, 'pos-example-1'),
    { key: 'title', zh: '岗位名称', en: 'title', codec: text, example: '稀土萃取分离工程师', required: true },
    { key: 'enterpriseKey', zh: '企业编号', en: 'enterpriseKey', codec: text, example: 'ent-northern-rare-earth', reference: true },
    { key: 'enterpriseName', zh: '企业名称', en: 'enterprise', codec: text, example: '', reference: true },
    { key: 'industry', zh: '行业', en: 'industry', codec: oneOf(INDUSTRIES, INDUSTRY_LABELS), example: '稀土', required: true },
    { key: 'description', zh: '岗位描述', en: 'description', codec: text, example: '负责萃取分离生产线工艺优化。', empty: '' },
    { key: 'requiredSkills', zh: '必备技能', en: 'requiredSkills', codec: requiredSkills, example: '溶剂萃取:2:3', empty: [] },
    { key: 'preferredSkills', zh: '加分技能', en: 'preferredSkills', codec: list(), example: 'ICP-OES', empty: [] },
    { key: 'minDegree', zh: '最低学历', en: 'minDegree', codec: oneOf(DEGREES, DEGREE_LABELS), example: '本科', empty: null },
    { key: 'preferredMajors', zh: '优先专业', en: 'preferredMajors', codec: list(), example: '冶金工程; 化学工程与工艺', empty: [] },
    { key: 'minYearsExperience', zh: '最低工作年限', en: 'minYearsExperience', codec: decimal, example: 2, empty: 0 },
    { key: 'headcount', zh: '招聘人数', en: 'headcount', codec: integer, example: 3, empty: 1 },
    { key: 'filledCount', zh: '已招人数', en: 'filledCount', codec: integer, example: 0, empty: 0 },
    { key: 'urgency', zh: '紧急程度', en: 'urgency', codec: integer, example: 5, empty: 3 },
    { key: 'tierSought', zh: '人才类别', en: 'tierSought', codec: oneOf(TIERS, TIER_LABELS), example: '专业型紧缺人才', empty: null },
    { key: 'location', zh: '工作地点', en: 'location', codec: text, example: '包头', empty: '包头' },
    { key: 'salaryMin', zh: '月薪下限', en: 'salaryMin', codec: integer, example: 8000, empty: null },
    { key: 'salaryMax', zh: '月薪上限', en: 'salaryMax', codec: integer, example: 12000, empty: null },
    { key: 'status', zh: '状态', en: 'status', codec: oneOf(POSITION_STATUSES, STATUS_LABELS), example: '招聘中', empty: 'open' },
    idColumn(text),
  ],
  prepare: (manager) => keyOrNameResolver(manager, 'enterprise'),
  finish(record) {
    // As PositionsService stores them: every required skill with its weight and minimum level.
    if (Array.isArray(record.requiredSkills)) {
      record.requiredSkills = (record.requiredSkills as { name: string; weight?: number; minLevel?: number }[]).map((s) => ({
        name: s.name.trim(),
        weight: s.weight ?? 1,
        minLevel: s.minLevel ?? 1,
      }));
    }
  },
  check: (p) => positionRuleViolations(p as Partial<Position>),
  // As PositionsService.afterWrite, but once for the whole import.
  async recompute(manager, ids) {
    await invalidate(manager, { kind: 'positions', ids });
  },
  async exportLookups(manager) {
    const rows: Named[] = await manager.query('SELECT id, external_key, name_zh FROM enterprise');
    const byId = new Map(rows.map((r) => [r.id, r]));
    return (p: ObjectLiteral) => {
      const e = byId.get(p.enterpriseId as string);
      return { enterpriseKey: e?.external_key ?? '', enterpriseName: e?.name_zh ?? '' };
    };
  },
};
