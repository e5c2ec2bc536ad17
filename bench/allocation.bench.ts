/**
 * Allocation benchmark (issue 9): 2,000 talents × 225 urgent openings, seeded synthetic data with a few
 * "star" talents who score well everywhere. Times deferred acceptance, exact max weight and the naive
 * per-opening ranking (median of several runs) and prints what each covers. A benchmark prints figures;
 * it never fails on time.
 *
 *   npx swc bench/allocation.bench.ts src/planning/allocation -d /tmp/allocbench --config-file .swcrc -q
 *   node /tmp/allocbench/bench/allocation.bench.js [--json] [--runs 7] [--seed 9]
 */
import { mulberry32 } from '../src/common/mulberry32';
import { buildAcceptableGraph } from '../src/planning/allocation/acceptable-graph';
import { compareWithNaive, planAllocation } from '../src/planning/allocation/allocation-planner';
import { AllocationInput } from '../src/planning/allocation/allocation-types';
import { maxWeightAssignment } from '../src/planning/allocation/max-weight';
import { naiveRanking } from '../src/planning/allocation/naive-ranking';

const INDUSTRIES = ['rare-earth materials', 'permanent magnets', 'polishing powder', 'hydrogen storage', 'catalysts', 'equipment'];

function argValue(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

const rng = mulberry32;

/**
 * Scores mix talent quality (5% stars near the top, a long tail below), industry fit and pair noise, so
 * the same strong talents head most shortlists, as in the office's data. Every pair is listed (≈450k
 * edges); minScore decides which are acceptable. A fifth of the talents name 3–8 positions of interest.
 */
function synthesise(seed: number, talents = 2000, positions = 225): AllocationInput {
  const random = rng(seed);
  const urgencyTable = [1, 2, 3, 3, 4, 4, 4, 5, 5, 5];
  const capacity = new Int32Array(positions);
  const urgency = new Float32Array(positions);
  const positionIndustry = new Int32Array(positions);
  for (let p = 0; p < positions; p++) {
    capacity[p] = 1 + Math.floor(random() * 10);
    urgency[p] = urgencyTable[Math.floor(random() * urgencyTable.length)];
    positionIndustry[p] = Math.floor(random() * INDUSTRIES.length);
  }
  const quality = new Float32Array(talents);
  const talentIndustry = new Int32Array(talents);
  for (let t = 0; t < talents; t++) {
    quality[t] = random() < 0.05 ? 0.85 + 0.15 * random() : 0.8 * random() ** 1.5;
    talentIndustry[t] = Math.floor(random() * INDUSTRIES.length);
  }
  const n = talents * positions;
  const talent = new Int32Array(n);
  const position = new Int32Array(n);
  const score = new Float32Array(n);
  let e = 0;
  for (let t = 0; t < talents; t++) {
    for (let p = 0; p < positions; p++) {
      const fit = talentIndustry[t] === positionIndustry[p] ? 22 : 0;
      const raw = 22 + 50 * quality[t] + fit + 24 * (random() - 0.5);
      talent[e] = t;
      position[e] = p;
      score[e++] = Math.round(Math.min(100, Math.max(0, raw)) * 2) / 2;
    }
  }
  const interestTalent: number[] = [];
  const interestPosition: number[] = [];
  for (let t = 0; t < talents; t++) {
    if (random() >= 0.2) continue;
    const count = 3 + Math.floor(random() * 6);
    for (let k = 0; k < count; k++) {
      interestTalent.push(t);
      interestPosition.push(Math.floor(random() * positions));
    }
  }
  return {
    talentIds: Array.from({ length: talents }, (_, t) => `talent-${t}`),
    positionIds: Array.from({ length: positions }, (_, p) => `position-${p}`),
    capacity,
    urgency,
    industry: Array.from(positionIndustry, (i) => INDUSTRIES[i]),
    edges: { talent, position, score },
    interests: { talent: Int32Array.from(interestTalent), position: Int32Array.from(interestPosition) },
    minScore: 50,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(runs: number, task: () => unknown): number {
  task(); // warm-up: lets V8 optimise before measuring
  const samples: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = process.hrtime.bigint();
    task();
    samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return median(samples);
}

function main(): void {
  const json = process.argv.includes('--json');
  const runs = argValue('--runs', 7);
  const seed = argValue('--seed', 9);
  const input = synthesise(seed);
  const graph = buildAcceptableGraph(input);
  const mw = maxWeightAssignment(graph, input.urgency);

  const timings = [
    { task: 'build acceptable graph', ms: time(runs, () => buildAcceptableGraph(input)) },
    { task: 'naive ranking (incl. graph)', ms: time(runs, () => naiveRanking(buildAcceptableGraph(input), input.urgency)) },
    { task: 'deferred acceptance (incl. graph)', ms: time(runs, () => planAllocation(input, { method: 'deferred_acceptance' })) },
    { task: 'deferred acceptance, exposureCap 5', ms: time(runs, () => planAllocation(input, { method: 'deferred_acceptance', exposureCap: 5 })) },
    { task: 'max weight (incl. graph)', ms: time(runs, () => planAllocation(input, { method: 'max_weight' })) },
  ];
  const comparison = compareWithNaive(input);
  const instance = {
    talents: input.talentIds.length,
    positions: input.positionIds.length,
    edges: input.edges.talent.length,
    acceptablePairs: graph.talentPosition.length,
    headcount: comparison.optimal.headcount,
    urgentHeadcount: comparison.optimal.urgentHeadcount,
    maxWeightCandidatePairs: mw.candidatePairs,
    maxWeightSolves: mw.solves,
    maxWeightAugmentations: mw.augmentations,
  };
  const rows = (['naive', 'stable', 'optimal'] as const).map((method) => ({
    method,
    assignedTalents: comparison[method].assignedTalents,
    coveredHeadcount: comparison[method].coveredHeadcount,
    coveredUrgentHeadcount: comparison[method].coveredUrgentHeadcount,
    urgentPositionsWithNobody: comparison[method].urgentPositionsWithNobody,
    totalScore: Math.round(comparison[method].totalScore),
    weightedScore: Math.round(comparison[method].weightedScore),
  }));
  const overlap = {
    sharedTop5Positions: comparison.sharedTop5Positions,
    sharedTop5Pairs: comparison.sharedTop5Pairs,
    distinctTalentsInTop5: comparison.distinctTalentsInTop5,
    top5Entries: comparison.top5Entries,
    naiveNominalUrgentHeadcount: comparison.naive.nominalCoveredUrgentHeadcount,
    naiveLostEntries: comparison.naive.lostEntries,
  };

  if (json) {
    console.log(JSON.stringify({ kind: 'instance', seed, runs, ...instance }));
    for (const t of timings) console.log(JSON.stringify({ kind: 'timing', ...t, ms: Number(t.ms.toFixed(2)) }));
    for (const r of rows) console.log(JSON.stringify({ kind: 'coverage', ...r }));
    console.log(JSON.stringify({ kind: 'overlap', ...overlap }));
    return;
  }
  console.log(`allocation bench, seed ${seed}, median of ${runs} runs, node ${process.version}`);
  console.table([instance]);
  console.table(timings.map((t) => ({ task: t.task, 'median ms': Number(t.ms.toFixed(2)) })));
  console.table(rows);
  console.table([overlap]);
}

main();
