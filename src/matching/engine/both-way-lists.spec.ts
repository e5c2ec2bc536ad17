/**
 * In-memory both-direction lists: after random interleaved position edits (add, edit, close) and talent
 * edits (upsert a changed profile, add, remove) applied through the lists, with the refills they ask for
 * done by recomputing the row or column with the engine, both directions equal a from-scratch full top-N
 * under the same statistics generation.
 */
import { buildDemoData } from '../../seed/demo';
import { rngFor } from '../../seed/demo/prng';
import { TopKHeap } from '../index/top-k';
import type { PositionProfile, TalentProfile } from '../types';
import { BothWayLists, type BothWayListsOptions, type ServedList } from './both-way-lists';
import { fullTopK, type TopKLists } from './full-top-k';
import { MatchingEngine } from './matching-engine';
import { demoPositionProfile, demoTalentProfile } from './testing/demo-profiles';

const data = buildDemoData();
const allPositions = data.positions.map(demoPositionProfile);
const allTalents = data.talents.map(demoTalentProfile);
const positions = allPositions.slice(0, 100);
const talents = allTalents.slice(0, 260);

/** Scores from the row and column paths may differ in the last float32 bits. */
const EPS = 1e-4;

function top(scores: Float32Array, eligible: Uint8Array, k: number): { indexes: Int32Array; scores: Float32Array } {
  const heap = new TopKHeap(k);
  for (let i = 0; i < scores.length; i++) if (eligible[i] === 1) heap.push(i, scores[i]);
  const out = { indexes: new Int32Array(k), scores: new Float32Array(k) };
  heap.drainInto(out.indexes, out.scores, 0, k);
  return out;
}

function row(engine: MatchingEngine, id: string) {
  const scores = new Float32Array(engine.positionCount);
  const eligible = new Uint8Array(engine.positionCount);
  engine.scoreTalentRow(id, scores, eligible);
  return { scores, eligible };
}

function column(engine: MatchingEngine, id: string) {
  const scores = new Float32Array(engine.talentCount);
  const eligible = new Uint8Array(engine.talentCount);
  engine.scoreTalentColumn(id, scores, eligible);
  return { scores, eligible };
}

/** The refills a change asked for, each recomputed with the engine (top `capacity`). */
function refill(lists: BothWayLists, engine: MatchingEngine, talentIds: string[], positionIds: string[]): number {
  let done = 0;
  for (const id of talentIds) {
    if (!lists.talentNeedsRefill(id)) continue;
    const r = row(engine, id);
    const t = top(r.scores, r.eligible, lists.capacity);
    lists.refillTalentRow(id, engine.positionIds(), t.indexes, t.scores, lists.capacity);
    done++;
  }
  for (const id of positionIds) {
    if (!lists.positionNeedsRefill(id)) continue;
    const c = column(engine, id);
    const t = top(c.scores, c.eligible, lists.capacity);
    lists.refillPositionList(id, engine.talentIds(), t.indexes, t.scores, lists.capacity);
    done++;
  }
  return done;
}

/** The expected list (top N of the from-scratch full top-k row), as ids and scores. */
function expectedList(lists: TopKLists, r: number, n: number, ids: readonly string[], threshold: number): ServedList {
  const out: ServedList = { ids: [], scores: new Float32Array(0) };
  const scores: number[] = [];
  for (let j = r * lists.k; j < r * lists.k + n; j++) {
    if (lists.indexes[j] < 0 || lists.scores[j] < threshold) break;
    out.ids.push(ids[lists.indexes[j]]);
    scores.push(lists.scores[j]);
  }
  out.scores = Float32Array.from(scores);
  return out;
}

/** Same scores position by position; same ids except where scores tie at the cut. */
function expectSameList(actual: ServedList | undefined, expected: ServedList, n: number, label: string): void {
  expect(actual).toBeDefined();
  const got = actual!;
  if (got.ids.length !== expected.ids.length) throw new Error(`${label}: ${got.ids.length} entries, expected ${expected.ids.length}`);
  got.scores.forEach((s, j) => {
    if (Math.abs(s - expected.scores[j]) > EPS) throw new Error(`${label}: entry ${j} scores ${s}, expected ${expected.scores[j]}`);
  });
  const cut = expected.ids.length === n ? expected.scores[n - 1] : -Infinity;
  expected.ids.forEach((id, j) => {
    if (expected.scores[j] > cut + EPS && !got.ids.includes(id)) throw new Error(`${label}: ${id} (${expected.scores[j]}) missing`);
  });
}

function expectEqualsScratch(lists: BothWayLists, scratch: MatchingEngine, options: BothWayListsOptions): void {
  const n = options.serve;
  const threshold = Math.fround(options.threshold ?? 0);
  const full = fullTopK(scratch, n);
  const talentIds = scratch.talentIds();
  const positionIds = scratch.positionIds();
  expect(lists.talentCount).toBe(talentIds.length);
  expect(lists.positionCount).toBe(positionIds.length);
  talentIds.forEach((id, t) => expectSameList(lists.positionsFor(id), expectedList(full.byTalent, t, n, positionIds, threshold), n, `talent ${id}`));
  positionIds.forEach((id, p) => expectSameList(lists.talentsFor(id), expectedList(full.byPosition, p, n, talentIds, threshold), n, `position ${id}`));
}

/** A real position edit: other duties and one more required skill, or another position's requirements. */
function editedPosition(p: PositionProfile, n: number, other: PositionProfile): PositionProfile {
  if (n % 3 === 0) return { ...p, description: other.description, requiredSkills: other.requiredSkills, preferredSkills: other.preferredSkills };
  return {
    ...p,
    title: n % 2 ? `${p.title}（高级）` : p.title,
    description: `${p.description ?? ''}负责熔盐电解与真空熔炼工艺改进，参与安全生产管理。`,
    requiredSkills: [...(p.requiredSkills ?? []), { name: n % 4 ? 'PLC编程' : '真空熔炼', weight: 1, minLevel: 2 }],
  };
}

/** A real talent edit: another person's skills, or a longer summary. */
function editedTalent(t: TalentProfile, n: number, other: TalentProfile): TalentProfile {
  if (n % 2 === 0) return { ...t, skills: other.skills, summary: `${t.summary ?? ''}${other.summary ?? ''}` };
  return { ...t, summary: `${t.summary ?? ''}熟悉稀土萃取分离工艺与设备维护。`, skills: [...(t.skills ?? []), { name: '稀土萃取', level: 3, years: 4 }] };
}

describe('BothWayLists', () => {
  it.each<[string, BothWayListsOptions, number]>([
    ['slack (N=5, capacity 7)', { serve: 5 }, 1],
    ['no slack, threshold 40 (N=5, capacity 5)', { serve: 5, capacity: 5, threshold: 40 }, 2],
    ['N=12 with slack', { serve: 12 }, 3],
  ])('equals a from-scratch full top-N after random interleaved edits: %s', (_, options, seed) => {
    const rng = rngFor(20261204 + seed, 'both-way-lists');
    const engine = new MatchingEngine(positions, talents);
    const statistics = engine.statistics;
    const lists = BothWayLists.fromFullTopK(fullTopK(engine, options.capacity ?? options.serve + Math.ceil(options.serve / 4)), engine.talentIds(), engine.positionIds(), options);
    expectEqualsScratch(lists, engine, options);
    let currentPositions = [...positions];
    let currentTalents = [...talents];
    const sparePositions = allPositions.slice(100, 140);
    const spareTalents = allTalents.slice(260, 300);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rng.float() * xs.length)];
    let refills = 0;
    for (let step = 0; step < 60; step++) {
      const roll = rng.float();
      if (roll < 0.15 && sparePositions.length > 0) {
        const added = { ...sparePositions.pop()!, id: `added-${step}` };
        currentPositions.push(added);
        engine.upsertPosition(added);
        const c = column(engine, added.id);
        const update = lists.applyPositionColumn(added.id, c.scores, c.eligible, engine.talentIds());
        refills += refill(lists, engine, update.refill, []);
      } else if (roll < 0.5) {
        const i = Math.floor(rng.float() * currentPositions.length);
        currentPositions[i] = editedPosition(currentPositions[i], step, pick(allPositions));
        engine.upsertPosition(currentPositions[i]);
        const c = column(engine, currentPositions[i].id);
        const update = lists.applyPositionColumn(currentPositions[i].id, c.scores, c.eligible, engine.talentIds());
        refills += refill(lists, engine, update.refill, []);
      } else if (roll < 0.62) {
        const [closed] = currentPositions.splice(Math.floor(rng.float() * currentPositions.length), 1);
        engine.removePosition(closed.id);
        refills += refill(lists, engine, lists.removePosition(closed.id).refill, []);
      } else if (roll < 0.85) {
        const i = Math.floor(rng.float() * currentTalents.length);
        currentTalents[i] = editedTalent(currentTalents[i], step, pick(allTalents));
        engine.upsertTalent(currentTalents[i]);
        const r = row(engine, currentTalents[i].id);
        refills += refill(lists, engine, [], lists.applyTalentRow(currentTalents[i].id, r.scores, r.eligible, engine.positionIds()).refill);
      } else if (roll < 0.92 && spareTalents.length > 0) {
        const added = spareTalents.pop()!;
        currentTalents.push(added);
        engine.upsertTalent(added);
        const r = row(engine, added.id);
        refills += refill(lists, engine, [], lists.applyTalentRow(added.id, r.scores, r.eligible, engine.positionIds()).refill);
      } else {
        const [removed] = currentTalents.splice(Math.floor(rng.float() * currentTalents.length), 1);
        engine.removeTalent(removed.id);
        refills += refill(lists, engine, [], lists.removeTalent(removed.id).refill);
      }
    }
    expectEqualsScratch(lists, new MatchingEngine(currentPositions, currentTalents, { statistics }), options);
    if (options.capacity === options.serve) expect(refills).toBeGreaterThan(0);
    currentPositions = [];
    currentTalents = [];
  });

  it("keeps a talent in a position's list when the talent's own best positions all outrank it", () => {
    // N = 5: find a talent T among position X's 5 best whose 10 best positions all outrank X.
    const engine = new MatchingEngine(positions, talents);
    const options = { serve: 5 };
    const full = fullTopK(engine, 7);
    const talentIds = engine.talentIds();
    const positionIds = engine.positionIds();
    let found: { t: number; p: number } | undefined;
    for (let p = 0; p < positionIds.length && !found; p++) {
      for (let j = p * 7; j < p * 7 + 5 && !found; j++) {
        const t = full.byPosition.indexes[j];
        if (t < 0) break;
        const r = row(engine, talentIds[t]);
        const better = r.scores.filter((s, i) => r.eligible[i] === 1 && s > r.scores[p] + EPS).length;
        if (better >= 10) found = { t, p };
      }
    }
    expect(found).toBeDefined();
    const talentId = talentIds[found!.t];
    const positionId = positionIds[found!.p];
    const lists = BothWayLists.fromFullTopK(full, talentIds, positionIds, options);
    expect(lists.positionsFor(talentId)!.ids).not.toContain(positionId);
    expect(lists.talentsFor(positionId)!.ids).toContain(talentId);
    // The talent's edit (a longer summary: its scores change a little) reaches X's list though X is not in its row.
    const edited = { ...talents.find((t) => t.id === talentId)!, summary: `${talents.find((t) => t.id === talentId)!.summary ?? ''}。` };
    engine.upsertTalent(edited);
    const r = row(engine, talentId);
    lists.applyTalentRow(talentId, r.scores, r.eligible, engine.positionIds());
    expect(lists.positionsFor(talentId)!.ids).not.toContain(positionId);
    const c = column(engine, positionId);
    const want = top(c.scores, c.eligible, 5);
    expect(lists.talentsFor(positionId)!.ids.sort()).toEqual(Array.from(want.indexes, (i) => talentIds[i]).sort());
    // And an edit of X that keeps the talent among its best keeps it there.
    engine.upsertPosition({ ...engine.position(positionId)!, description: `${engine.position(positionId)!.description ?? ''}。` });
    const after = column(engine, positionId);
    lists.applyPositionColumn(positionId, after.scores, after.eligible, engine.talentIds());
    const best = top(after.scores, after.eligible, 5);
    expect(lists.talentsFor(positionId)!.ids.sort()).toEqual(Array.from(best.indexes, (i) => talentIds[i]).sort());
    expect(lists.positionsFor(talentId)!.ids).not.toContain(positionId);
  });

  it('asks for a row refill only when a row falls below N without knowing its next best', () => {
    const engine = new MatchingEngine(positions.slice(0, 30), talents.slice(0, 60));
    const full = fullTopK(engine, 4);
    const lists = BothWayLists.fromFullTopK(full, engine.talentIds(), engine.positionIds(), { serve: 3, capacity: 4 });
    // A talent whose row was cut at 4 (it has more eligible positions than the lists hold).
    const victim = engine.talentIds().find((_, t) => full.byTalent.indexes[t * 4 + 3] >= 0)!;
    const row0 = lists.positionsFor(victim, 4)!;
    const asked: string[] = [];
    for (const id of row0.ids) {
      engine.removePosition(id);
      asked.push(...lists.removePosition(id).refill);
      if (asked.includes(victim)) break;
    }
    // Served three, held four: the second loss leaves two, below N.
    expect(asked).toContain(victim);
    expect(lists.talentNeedsRefill(victim)).toBe(true);
    const r = row(engine, victim);
    const t = top(r.scores, r.eligible, 4);
    lists.refillTalentRow(victim, engine.positionIds(), t.indexes, t.scores, 4);
    expect(lists.talentNeedsRefill(victim)).toBe(false);
    expect(lists.positionsFor(victim)!.ids).toEqual(Array.from(t.indexes.subarray(0, 3), (i) => engine.positionIds()[i]).filter(Boolean));
  });

  it.each([
    [3, 4, 0],
    [3, 3, 0],
    [4, 5, 20],
  ])('matches brute force on a random score matrix under many changes (N=%i, capacity %i, threshold %i)', (serve, capacity, threshold) => {
    // Pure list logic on synthetic scores (small integers: many ties), against the exhaustive top N.
    const rng = rngFor(serve * 100 + capacity, 'both-way-lists-matrix');
    const int = (n: number) => Math.floor(rng.float() * n);
    let nextId = 0;
    const talentIds: string[] = [];
    const positionIds: string[] = [];
    const score = new Map<string, number>();
    const ok = new Map<string, boolean>();
    const setPair = (t: string, p: string) => {
      score.set(`${t}|${p}`, int(40));
      ok.set(`${t}|${p}`, rng.float() < 0.8);
    };
    const sorted = (xs: string[]) => [...xs].sort();
    for (let i = 0; i < 12; i++) talentIds.push(`t${String(nextId++).padStart(3, '0')}`);
    for (let i = 0; i < 9; i++) positionIds.push(`p${String(nextId++).padStart(3, '0')}`);
    for (const t of talentIds) for (const p of positionIds) setPair(t, p);
    const columnOf = (p: string, ts: string[]) => ({
      scores: Float32Array.from(ts, (t) => score.get(`${t}|${p}`)!),
      eligible: Uint8Array.from(ts, (t) => (ok.get(`${t}|${p}`) ? 1 : 0)),
    });
    const rowOf = (t: string, ps: string[]) => ({
      scores: Float32Array.from(ps, (p) => score.get(`${t}|${p}`)!),
      eligible: Uint8Array.from(ps, (p) => (ok.get(`${t}|${p}`) ? 1 : 0)),
    });
    const options = { serve, capacity, threshold };
    const lists = new BothWayLists([], [], options);
    for (const p of positionIds) lists.applyPositionColumn(p, columnOf(p, sorted(talentIds)).scores, columnOf(p, sorted(talentIds)).eligible, sorted(talentIds));
    let refills = 0;
    const doRefills = (update: { refill: string[] }, side: 'talent' | 'position') => {
      for (const id of update.refill) {
        refills++;
        if (side === 'talent') {
          const ps = sorted(positionIds);
          const r = rowOf(id, ps);
          const t = top(r.scores, r.eligible, capacity);
          lists.refillTalentRow(id, ps, t.indexes, t.scores, capacity);
        } else {
          const ts = sorted(talentIds);
          const c = columnOf(id, ts);
          const t = top(c.scores, c.eligible, capacity);
          lists.refillPositionList(id, ts, t.indexes, t.scores, capacity);
        }
      }
    };
    const check = () => {
      const ts = sorted(talentIds);
      const ps = sorted(positionIds);
      for (const t of ts) {
        const r = rowOf(t, ps);
        const want = top(r.scores, r.eligible, serve);
        expectSameList(lists.positionsFor(t), expectedList({ k: serve, rows: 1, ...want }, 0, serve, ps, threshold), serve, `talent ${t}`);
      }
      for (const p of ps) {
        const c = columnOf(p, ts);
        const want = top(c.scores, c.eligible, serve);
        expectSameList(lists.talentsFor(p), expectedList({ k: serve, rows: 1, ...want }, 0, serve, ts, threshold), serve, `position ${p}`);
      }
    };
    for (let step = 0; step < 1500; step++) {
      const roll = rng.float();
      if (roll < 0.35) {
        // A position added or edited: its column changes.
        const p = roll < 0.05 || positionIds.length < 3 ? `p${String(nextId++).padStart(3, '0')}` : positionIds[int(positionIds.length)];
        if (!positionIds.includes(p)) positionIds.push(p);
        for (const t of talentIds) setPair(t, p);
        const ts = sorted(talentIds);
        const c = columnOf(p, ts);
        doRefills(lists.applyPositionColumn(p, c.scores, c.eligible, ts), 'talent');
      } else if (roll < 0.45 && positionIds.length > 2) {
        const [p] = positionIds.splice(int(positionIds.length), 1);
        doRefills(lists.removePosition(p), 'talent');
      } else if (roll < 0.85) {
        const t = roll < 0.5 || talentIds.length < 3 ? `t${String(nextId++).padStart(3, '0')}` : talentIds[int(talentIds.length)];
        if (!talentIds.includes(t)) talentIds.push(t);
        for (const p of positionIds) setPair(t, p);
        const ps = sorted(positionIds);
        const r = rowOf(t, ps);
        doRefills(lists.applyTalentRow(t, r.scores, r.eligible, ps), 'position');
      } else if (talentIds.length > 2) {
        const [t] = talentIds.splice(int(talentIds.length), 1);
        doRefills(lists.removeTalent(t), 'position');
      }
      check();
    }
    expect(refills).toBeGreaterThan(0);
  });
});
