import type { Principal } from '../auth/principal';
import { Injectable } from '@nestjs/common';
import { DataSource, MoreThan, ObjectLiteral } from 'typeorm';
import { DEGREE_LABELS, INDUSTRY_LABELS, TIER_LABELS, Tier } from '../domain/vocabulary';
import { MatchListsService } from '../matches/match-lists.service';
import { TripPlanRequestDto } from '../trips/trip-request.dto';
import { TripsService } from '../trips/trips.service';
import { OpeningsService } from '../trips/openings.service';
import type { OpeningsFilterDto } from '../trips/supply-demand.dto';
import type { CellValue } from './cell-codecs';
import { headerOf } from './import-spec';
import { specFor } from './import-specs';
import type { ImportType } from './import-types';
import type { TabularWriter } from './tabular-writer';

/** Opens the output (sets the response headers) only once the data is there, so a 404 is still a JSON error. */
export type OpenWriter = () => TabularWriter;

/** Records read per query while exporting: the export streams, it never loads a whole table. */
const PAGE = 1000;
/** Longest list a spreadsheet export carries (the list endpoints clamp at 200 too). */
const LIST_LIMIT = 200;

type Cell = CellValue | null | undefined;

const joined = (items: unknown) => (Array.isArray(items) ? items.join('; ') : '');
const tierLabel = (tier: unknown) => (typeof tier === 'string' ? (TIER_LABELS[tier as Tier]?.zh ?? tier) : '');
const iso = (value: unknown) => (value instanceof Date ? value.toISOString() : typeof value === 'string' ? value : '');

function getPath(source: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, part) => (node == null ? undefined : (node as Record<string, unknown>)[part]), source);
}

/** Spreadsheet exports. Record exports use the import's columns, so an exported file imports back unchanged. */
@Injectable()
export class ExportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly lists: MatchListsService,
    private readonly trips: TripsService,
    private readonly openings: OpeningsService,
  ) {}

  async records(type: ImportType, open: OpenWriter): Promise<void> {
    const spec = specFor(type);
    const columns = spec.columns.filter((c) => !c.notExported);
    const lookups = spec.exportLookups ? await spec.exportLookups(this.dataSource.manager) : () => ({});
    const out = open();
    await out.row(columns.map(headerOf));
    const repository = this.dataSource.getRepository<ObjectLiteral>(spec.entity);
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const page = await repository.find({ where: { id: MoreThan(after) }, order: { id: 'ASC' }, take: PAGE });
      for (const record of page) {
        const refs = lookups(record) as Record<string, unknown>;
        await out.row(
          columns.map((c): Cell => {
            if (c.key === 'id') return record.id as string;
            const value = c.reference ? refs[c.key] : getPath(record, c.key);
            return value == null || value === '' ? '' : c.codec.format(value);
          }),
        );
      }
      if (page.length < PAGE) break;
      after = page[page.length - 1].id as string;
    }
    await out.end();
  }

  async candidates(positionId: string, open: OpenWriter, viewer: Principal): Promise<void> {
    const list = await this.lists.candidates(positionId, { limit: LIST_LIMIT, minScore: 0 }, viewer);
    const out = open();
    await out.row(['排名/rank', '人才ID/talentId', '姓名/name', '头衔/headline', '人才类别/tier', '现居城市/currentCity', '最高学历/degree', '学校/school', '专业/major', '工作年限/years', '现任职务/currentTitle', '现单位/currentEmployer', '匹配分/score', '已具备技能/matchedSkills', '部分具备/partialSkills', '欠缺技能/missingSkills', '推荐理由/reasons', '计算时间/computedAt']);
    let rank = 0;
    for (const item of list.items) {
      await out.row([
        ++rank,
        item.talentId as string,
        item.name as string,
        item.headline as string,
        tierLabel(item.tier),
        (item.currentCity as string) ?? '',
        item.background.degree ? DEGREE_LABELS[item.background.degree].zh : '',
        item.background.school ?? '',
        item.background.major ?? '',
        item.background.years,
        item.background.currentTitle ?? '',
        // Masked (null) until the talent consents, as on the card.
        item.background.currentEmployer ?? '',
        item.score as number,
        joined(item.matchedSkills),
        joined(item.partialSkills),
        joined(item.missingSkills),
        joined(item.reasons.zh),
        iso(item.computedAt),
      ]);
    }
    await out.end();
  }

  async recommendations(talentId: string, open: OpenWriter): Promise<void> {
    const list = await this.lists.recommendations(talentId, { limit: LIST_LIMIT, minScore: 0 });
    const out = open();
    await out.row(['排名/rank', '岗位ID/positionId', '岗位名称/title', '企业/enterprise', '行业/industry', '工作地点/location', '紧急程度/urgency', '月薪下限/salaryMin', '月薪上限/salaryMax', '匹配分/score', '已具备技能/matchedSkills', '欠缺技能/missingSkills', '推荐理由/reasons']);
    let rank = 0;
    for (const item of list.items) {
      await out.row([
        ++rank,
        item.positionId as string,
        item.title as string,
        item.enterpriseName as string,
        item.industry as string,
        item.location as string,
        item.urgency as number,
        item.salaryMin as number | null,
        item.salaryMax as number | null,
        item.score as number,
        joined(item.matchedSkills),
        joined(item.missingSkills),
        joined(item.reasons.zh),
      ]);
    }
    await out.end();
  }

  /** One row per stop × position to present (a stop with none still gets a row), as the trip CSV. */
  async tripPlan(request: TripPlanRequestDto, open: OpenWriter): Promise<void> {
    const { plan } = await this.trips.plan(request);
    const out = open();
    await out.row(['天/day', '城市/city', '顺序/order', '时间/time', '高校ID/universityId', '高校/university', '专业/majors', '展位/booth', '企业/enterprise', '岗位/position', '招聘人数/openings', '岗位ID/positionIds', '预计候选人/expectedCandidates']);
    for (const day of plan.days) {
      for (const [i, stop] of day.stops.entries()) {
        const majors = stop.majors.map((m) => `${m.major}(${DEGREE_LABELS[m.degree]?.zh ?? m.degree})`).join('; ');
        const base: Cell[] = [day.day, stop.city, i + 1, `${stop.start}-${stop.end}`, stop.universityId, stop.name, majors];
        if (stop.enterprises.length === 0) await out.row([...base, '', '', '', '', '', '']);
        // One row per booth and title: openings that share a title are one line with their headcount.
        for (const p of stop.enterprises.flatMap((e) => e.positions.map((p) => ({ ...p, booth: e.booth })))) {
          await out.row([...base, p.booth, p.enterpriseName, p.title, p.openHeadcount, p.positionIds.join(' '), Math.round(p.expectedCandidates * 10) / 10]);
        }
      }
    }
    await out.end();
  }

  /** The coordinators' openings list with the same filters and order, every row (no paging). */
  async openingsList(query: OpeningsFilterDto, open: OpenWriter): Promise<void> {
    const list = await this.openings.all(query);
    const out = open();
    await out.row([
      '岗位ID/positionId',
      '岗位/title',
      '企业/enterprise',
      '行业/industry',
      '紧急程度/urgency',
      '空缺席位/openSeats',
      `强候选人(≥${list.strongScore})/strongCandidates`,
      '计入席位的强候选人/strongTalents',
      `可触达毕业生(×${list.yield})/reachableGraduates`,
      '可填补席位/supplySeats',
      '缺口席位/gapSeats',
    ]);
    for (const o of list.items) {
      await out.row([
        o.positionId,
        o.title,
        o.enterpriseName,
        INDUSTRY_LABELS[o.industry]?.zh ?? o.industry,
        o.urgency,
        o.openSeats,
        o.strongCandidates,
        o.strongTalents,
        o.reachableGraduates,
        o.supplySeats,
        o.gapSeats,
      ]);
    }
    await out.end();
  }
}
