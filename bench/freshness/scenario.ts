import { Client } from 'pg';
import type { JobWatch } from './job-watch';
import { max, mean, nowMs, percentile, sleep } from './stats';

/** Polling period of the commit probe (the resolution of every latency below). */
export const POLL_MS = 5;
/** An edit whose results are not committed by then counts as a timeout (latency Infinity). */
const EDIT_TIMEOUT_MS = 15_000;

export interface TalentRow {
  id: string;
  version: number;
  skills: { name: string; level?: number; years?: number }[];
  hasRows: boolean;
}

const EXTRA_SKILLS = ['稀土萃取', '熔盐电解', 'PLC编程', '设备维护', '焊接', '质量管理体系', 'AutoCAD', '化学分析', '磁性材料', '数据分析'];

/** A real profile change: a new summary and one extra skill that rotates, so the scores move. */
function editBody(talent: TalentRow, n: number, tag: string): Record<string, unknown> {
  const skills = talent.skills.map((s) => ({ name: s.name, ...(s.level ? { level: s.level } : {}), ...(s.years !== undefined ? { years: s.years } : {}) }));
  const extra = EXTRA_SKILLS[n % EXTRA_SKILLS.length];
  if (!skills.some((s) => s.name === extra)) skills.push({ name: extra, level: 1 + (n % 5), years: n % 7 });
  return { version: talent.version, summary: `${tag} 第${n}次修改：参与稀土功能材料项目，负责工艺优化与设备调试。`, skills: skills.slice(0, 50) };
}

/** Sends the edit; returns the talent's new updated_at (ms since epoch): now() of the edit's transaction,
 * which is also the requested_at of its outbox row, the clock the relay's debounce compares. */
/** Bearer token of the demo admin, set once the API is up (see `signIn`). */
let accessToken = '';

export async function signIn(base: string, username: string, password: string): Promise<void> {
  const res = await fetch(`${base}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
  if (res.status !== 200) throw new Error(`POST /auth/login: ${res.status} ${await res.text()}`);
  accessToken = ((await res.json()) as { accessToken: string }).accessToken;
}

export async function patchTalent(base: string, talent: TalentRow, n: number, tag: string): Promise<number> {
  const res = await fetch(`${base}/talents/${talent.id}`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
    body: JSON.stringify(editBody(talent, n, tag)),
  });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`PATCH /talents/${talent.id}: ${res.status} ${text.slice(0, 500)}`);
  const body = JSON.parse(text) as { version: number; updatedAt: string };
  talent.version = body.version;
  return Date.parse(body.updatedAt);
}

interface Probe {
  talentVersion: number | null;
  computedAt: number | null;
  requestedSeq: number | null;
  processedSeq: number | null;
}

/** One round trip: the talent's watermark (written with its match rows) and its outbox row. */
async function probe(db: Client, talentId: string): Promise<Probe> {
  const { rows } = await db.query({
    name: 'freshness-probe',
    text: `SELECT (SELECT talent_version FROM talent_match_state WHERE talent_id = $1::uuid) AS tv,
                  (SELECT extract(epoch FROM computed_at) * 1000 FROM talent_match_state WHERE talent_id = $1::uuid)::float8 AS computed_ms,
                  r.requested_seq, r.processed_seq
             FROM (SELECT 1) one
             LEFT JOIN recompute_request r ON r.kind = 'talent' AND r.entity_id = $1`,
    values: [talentId],
  });
  const row = rows[0];
  return {
    talentVersion: row.tv === null ? null : Number(row.tv),
    computedAt: row.computed_ms === null ? null : Number(row.computed_ms),
    requestedSeq: row.requested_seq === null ? null : Number(row.requested_seq),
    processedSeq: row.processed_seq === null ? null : Number(row.processed_seq),
  };
}

export interface Observed {
  /** Results committed: the watermark carries the edit's version (probe sent at this time, ms since epoch). */
  committedAt: number;
  /** When the write transaction of those results started (PostgreSQL now() = computed_at). */
  writeStartedAt: number | null;
  /** The outbox row marked processed up to the edit's sequence value. */
  processedAt: number;
}

/**
 * Polls until the talent's results for `version` are committed and its outbox row is processed up to
 * the sequence value the edit wrote (read on the first poll: edits are one at a time per talent here).
 */
export async function waitCommitted(db: Client, talentId: string, version: number): Promise<Observed> {
  const deadline = nowMs() + EDIT_TIMEOUT_MS;
  let seq: number | null = null;
  let committedAt = Infinity;
  let writeStartedAt: number | null = null;
  let processedAt = Infinity;
  for (;;) {
    const sentAt = nowMs();
    const p = await probe(db, talentId);
    seq ??= p.requestedSeq;
    if (committedAt === Infinity && p.talentVersion !== null && p.talentVersion >= version) {
      committedAt = sentAt;
      writeStartedAt = p.computedAt;
    }
    if (processedAt === Infinity && seq !== null && p.processedSeq !== null && p.processedSeq >= seq) processedAt = sentAt;
    if ((committedAt !== Infinity && processedAt !== Infinity) || sentAt > deadline) return { committedAt, writeStartedAt, processedAt };
    await sleep(POLL_MS);
  }
}

export async function pendingRequests(db: Client): Promise<number> {
  const { rows } = await db.query('SELECT count(*)::int AS n FROM recompute_request WHERE requested_seq > processed_seq');
  return rows[0].n;
}

/** Until nothing is pending in the outbox and nothing waits or runs in the queue. */
export async function settle(db: Client, watch: JobWatch, timeoutMs = 150_000): Promise<number> {
  const started = Date.now();
  for (;;) {
    if ((await pendingRequests(db)) === 0 && (await watch.busy()) === 0) return Date.now() - started;
    if (Date.now() - started > timeoutMs) throw new Error(`recomputes still pending after ${timeoutMs} ms`);
    await sleep(100);
  }
}

export interface EditSample {
  talentId: string;
  sentAt: number;
  answeredAt: number;
  observed: Observed;
  /** The talent job that produced the results (the first one queued after the edit was answered). */
  job?: { addedAt: number; processedOn: number | null; finishedOn: number | null };
}

export interface LatencyResult {
  samples: EditSample[];
  elapsedMs: number;
  runs: number;
}

/** Edits one talent at a time, at most `perSecond`, each to a different talent; waits for each to be committed. */
export async function latencyRun(db: Client, base: string, watch: JobWatch, talents: TalentRow[], perSecond: number, tag: string): Promise<LatencyResult> {
  const interval = 1000 / perSecond;
  const since = Date.now();
  const started = nowMs();
  const samples: EditSample[] = [];
  for (let i = 0; i < talents.length; i++) {
    const due = started + i * interval;
    const wait = due - nowMs();
    if (wait > 0) await sleep(wait);
    const talent = talents[i];
    const sentAt = nowMs();
    await patchTalent(base, talent, i, tag);
    const answeredAt = nowMs();
    const observed = await waitCommitted(db, talent.id, talent.version);
    samples.push({ talentId: talent.id, sentAt, answeredAt, observed });
  }
  const elapsedMs = nowMs() - started;
  await sleep(200);
  const times = await watch.times(since);
  let runs = 0;
  for (const sample of samples) {
    const jobs = times.get(sample.talentId) ?? [];
    runs += jobs.length;
    const job = jobs.filter((j) => j.addedAt >= sample.answeredAt - 1_000).sort((a, b) => a.addedAt - b.addedAt)[0];
    if (job) sample.job = { addedAt: job.addedAt, processedOn: job.processedOn, finishedOn: job.finishedOn };
  }
  return { samples, elapsedMs, runs };
}

export interface BurstSample {
  talentId: string;
  runs: number;
  /** First PATCH sent → last PATCH answered. */
  durationMs: number;
  /** Longest pause between two consecutive edits' transactions (updated_at = requested_at); a pause above
   * the debounce lets a run start mid-burst. */
  maxGapMs: number;
  /** Last PATCH sent → the last edit's results committed. */
  freshMs: number;
}

/** `size` back-to-back edits to one talent; counts the talent's recompute runs caused by them. */
export async function burstRun(db: Client, base: string, watch: JobWatch, talent: TalentRow, size: number, tag: string): Promise<BurstSample> {
  const since = Date.now();
  const answers: number[] = [];
  const requested: number[] = [];
  const first = nowMs();
  let lastSent = first;
  for (let e = 0; e < size; e++) {
    lastSent = nowMs();
    requested.push(await patchTalent(base, talent, e, tag));
    answers.push(nowMs());
  }
  const observed = await waitCommitted(db, talent.id, talent.version);
  // Anything a burst could still cause (a follow-up run) starts within moments of the queue going idle.
  await settle(db, watch, 30_000);
  await sleep(300);
  await watch.flush();
  const gaps = requested.slice(1).map((t, i) => t - requested[i]);
  return {
    talentId: talent.id,
    runs: watch.runsOf(talent.id, since),
    durationMs: answers[answers.length - 1] - first,
    maxGapMs: gaps.length ? max(gaps) : 0,
    freshMs: observed.committedAt - lastSent,
  };
}

export interface Segments {
  api: number[];
  toQueue: number[];
  pickup: number[];
  readAndScore: number[];
  writeAndSee: number[];
  markProcessed: number[];
}

/** Where the time of each edit went, from the client's, PostgreSQL's and BullMQ's timestamps (one clock: one host). */
export function segments(samples: EditSample[]): Segments {
  const s: Segments = { api: [], toQueue: [], pickup: [], readAndScore: [], writeAndSee: [], markProcessed: [] };
  for (const x of samples) {
    s.api.push(x.answeredAt - x.sentAt);
    s.markProcessed.push(x.observed.processedAt - x.observed.committedAt);
    if (!x.job) continue;
    s.toQueue.push(x.job.addedAt - x.answeredAt);
    if (x.job.processedOn !== null) s.pickup.push(x.job.processedOn - x.job.addedAt);
    if (x.job.processedOn !== null && x.observed.writeStartedAt !== null) s.readAndScore.push(x.observed.writeStartedAt - x.job.processedOn);
    if (x.observed.writeStartedAt !== null) s.writeAndSee.push(x.observed.committedAt - x.observed.writeStartedAt);
  }
  return s;
}

export const summary = (values: number[]) => ({ p50: percentile(values, 50), p95: percentile(values, 95), max: max(values), mean: mean(values) });
