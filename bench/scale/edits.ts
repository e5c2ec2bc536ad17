/**
 * The edit phase of bench:scale: position and talent edits, interleaved, at a fixed total rate, each a
 * real PATCH through the API; one poller (every POLL_MS) watches the watermarks of all pending edits.
 */
import * as fs from 'node:fs';
import { Client, Pool } from 'pg';
import { patchTalent, TalentRow } from '../freshness/scenario';
import { nowMs, sleep } from '../freshness/stats';

export const POLL_MS = 10;

export type PositionWatermark = 'position_match_state' | 'rebuild_outbox';

/**
 * Which watermark says a position edit's results are committed. The position-level pipeline (being added
 * in parallel) writes `position_match_state (position_id, position_version, …)` in the same transaction
 * as the position's recomputed candidate list: when that table exists, an edit is committed once its row
 * carries the version the PATCH returned. Without it (today's code), a position edit bumps the corpus
 * generation and asks for a full rebuild, so the edit is committed once the outbox row ('rebuild', '*')
 * is processed up to the requested_seq read right after the PATCH returned.
 */
export async function positionWatermark(db: Pick<Client, 'query'>): Promise<PositionWatermark> {
  const { rows } = await db.query(`SELECT to_regclass('public.position_match_state') IS NOT NULL AS present`);
  return rows[0].present ? 'position_match_state' : 'rebuild_outbox';
}

export interface PositionRow {
  id: string;
  version: number;
  description: string;
}

export interface EditSample {
  kind: 'talent' | 'position';
  id: string;
  sentAt: number;
  answeredAt: number;
  /** First poll (its send time) that saw the watermark; Infinity on timeout or failed PATCH. */
  committedAt: number;
  /** Match rows this edit's recompute wrote (see `countRows`); NaN when unknown. */
  rows: number;
  error?: string;
}

interface Pending {
  sample: EditSample;
  /** Talent: talent version; position: position version (position_match_state) or rebuild requested_seq. */
  target: number;
  /** PostgreSQL now() of the edit's transaction (updated_at the PATCH returned), ms since epoch. */
  editTxMs: number;
  /** Ids on the other side of the stored rows before the edit (to count deletions), when cheap to know. */
  before: Set<string> | null;
  done: (rows: number) => void;
}

let token = '';
export async function signInToken(base: string, username: string, password: string): Promise<string> {
  const res = await fetch(`${base}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
  if (res.status !== 200) throw new Error(`POST /auth/login: ${res.status} ${await res.text()}`);
  token = ((await res.json()) as { accessToken: string }).accessToken;
  return token;
}

async function patchPosition(base: string, p: PositionRow, n: number): Promise<{ version: number; updatedAt: number }> {
  const body = { version: p.version, description: `${p.description}（第${n}次修订：新增稀土永磁材料产线工艺改进与质量追溯职责，要求熟悉熔盐电解与化学分析。）` };
  const res = await fetch(`${base}/positions/${p.id}`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`PATCH /positions/${p.id}: ${res.status} ${text.slice(0, 300)}`);
  const parsed = JSON.parse(text) as { version: number; updatedAt: string };
  p.version = parsed.version;
  return { version: parsed.version, updatedAt: Date.parse(parsed.updatedAt) };
}

export interface EditRunOptions {
  base: string;
  pool: Pool;
  positions: PositionRow[];
  talents: TalentRow[];
  perSecond: number;
  timeoutMs: number;
  watermark: PositionWatermark;
  log: (line: string) => void;
}

/**
 * Rows written per edit, counted in the database rather than from pg_stat_user_tables: the statistics
 * counters of the worker's backend reach the shared counters only when that backend flushes them (at
 * most once a second, later when it is busy), and edits overlap at 5/s, so a before/after delta of the
 * counters cannot be attributed to one edit. Instead, every statement of the recompute's transaction
 * shares one now(), which it writes into computed_at of the rows it inserts or updates and of the
 * watermark row; so rows written = rows of the entity whose computed_at equals the watermark's
 * computed_at (inserted + updated), plus the rows that were there before the edit and are gone (deleted).
 * For the rebuild fallback (no per-position watermark) it is the rows of the whole table with
 * computed_at after the edit's transaction and at most when the commit was seen (inserted + updated by
 * the rebuild(s) that carried the edit; deletions not counted), computed once per group of edits seen
 * committed by the same poll. The phase total from pg_stat (after the counters have settled) is printed
 * beside it as a cross-check.
 */
async function countRows(db: Pool, kind: 'talent' | 'position', id: string, before: Set<string> | null): Promise<number> {
  const [own, other, state, stateKey] =
    kind === 'talent' ? ['talent_id', 'position_id', 'talent_match_state', 'talent_id'] : ['position_id', 'talent_id', 'position_match_state', 'position_id'];
  const { rows } = await db.query(
    `SELECT count(*) FILTER (WHERE m.computed_at = s.computed_at)::int AS written, coalesce(array_agg(m.${other}::text), '{}') AS ids
       FROM ${state} s LEFT JOIN match m ON m.${own} = s.${stateKey}
      WHERE s.${stateKey} = $1::uuid`,
    [id],
  );
  if (rows.length === 0) return NaN;
  const now = new Set<string>(rows[0].ids.filter((x: string | null) => x !== null));
  let deleted = 0;
  if (before) for (const b of before) if (!now.has(b)) deleted++;
  return rows[0].written + deleted;
}

async function storedIds(db: Pool, kind: 'talent' | 'position', id: string): Promise<Set<string>> {
  const [own, other] = kind === 'talent' ? ['talent_id', 'position_id'] : ['position_id', 'talent_id'];
  const { rows } = await db.query(`SELECT ${other}::text AS id FROM match WHERE ${own} = $1::uuid`, [id]);
  return new Set(rows.map((r: { id: string }) => r.id));
}

async function rebuildSeq(db: Pool): Promise<number> {
  const { rows } = await db.query(`SELECT requested_seq FROM recompute_request WHERE kind = 'rebuild' AND entity_id = '*'`);
  return rows.length ? Number(rows[0].requested_seq) : 0;
}

export async function runEdits(options: EditRunOptions): Promise<{ samples: EditSample[]; elapsedMs: number }> {
  const { base, pool, positions, talents, perSecond, timeoutMs, watermark, log } = options;
  const pending = new Map<string, Pending>();
  const samples: EditSample[] = [];
  const counting: Promise<void>[] = [];
  let stop = false;

  // One poller for all pending edits: one round trip per POLL_MS gives every pending edit a 10 ms probe.
  const poller = (async () => {
    const poll = await pool.connect();
    try {
      while (!stop || pending.size > 0) {
        const started = nowMs();
        if (pending.size > 0) {
          const talentIds = [...pending.values()].filter((p) => p.sample.kind === 'talent').map((p) => p.sample.id);
          const positionIds = [...pending.values()].filter((p) => p.sample.kind === 'position').map((p) => p.sample.id);
          const seen = new Map<string, number>();
          if (talentIds.length) {
            const { rows } = await poll.query({ name: 'scale-talents', text: 'SELECT talent_id::text AS id, talent_version AS v FROM talent_match_state WHERE talent_id = ANY($1::uuid[])', values: [talentIds] });
            for (const r of rows) seen.set(`talent:${r.id}`, Number(r.v));
          }
          let rebuildProcessed = -1;
          if (positionIds.length && watermark === 'position_match_state') {
            const { rows } = await poll.query({ name: 'scale-positions', text: 'SELECT position_id::text AS id, position_version AS v FROM position_match_state WHERE position_id = ANY($1::uuid[])', values: [positionIds] });
            for (const r of rows) seen.set(`position:${r.id}`, Number(r.v));
          } else if (positionIds.length) {
            const { rows } = await poll.query({ name: 'scale-rebuild', text: `SELECT processed_seq FROM recompute_request WHERE kind = 'rebuild' AND entity_id = '*'` });
            rebuildProcessed = rows.length ? Number(rows[0].processed_seq) : -1;
          }
          const rebuildGroup: Pending[] = [];
          for (const [key, p] of pending) {
            const value = p.sample.kind === 'position' && watermark === 'rebuild_outbox' ? rebuildProcessed : seen.get(key);
            if (value !== undefined && value >= p.target) {
              p.sample.committedAt = started;
              pending.delete(key);
              if (p.sample.kind === 'position' && watermark === 'rebuild_outbox') rebuildGroup.push(p);
              else counting.push(countRows(pool, p.sample.kind, p.sample.id, p.before).then(p.done, () => p.done(NaN)));
            } else if (started - p.sample.sentAt > timeoutMs) {
              pending.delete(key);
              p.done(NaN);
            }
          }
          if (rebuildGroup.length) {
            const from = Math.min(...rebuildGroup.map((p) => p.editTxMs));
            counting.push(
              pool
                .query('SELECT count(*)::int AS n FROM match WHERE computed_at > to_timestamp($1 / 1000.0) AND computed_at <= to_timestamp($2 / 1000.0)', [from, started])
                .then(({ rows }) => rebuildGroup.forEach((p) => p.done(rows[0].n)), () => rebuildGroup.forEach((p) => p.done(NaN))),
            );
          }
        }
        const wait = POLL_MS - (nowMs() - started);
        if (wait > 0) await sleep(wait);
      }
    } finally {
      poll.release();
    }
  })();

  const order: { kind: 'talent' | 'position'; index: number }[] = [];
  for (let i = 0; i < Math.max(positions.length, talents.length); i++) {
    if (i < positions.length) order.push({ kind: 'position', index: i });
    if (i < talents.length) order.push({ kind: 'talent', index: i });
  }
  const interval = 1000 / perSecond;
  const started = nowMs();
  const sent: Promise<void>[] = [];
  for (const [n, edit] of order.entries()) {
    const wait = started + n * interval - nowMs();
    if (wait > 0) await sleep(wait);
    sent.push(
      (async () => {
        const sample: EditSample = { kind: edit.kind, id: '', sentAt: 0, answeredAt: 0, committedAt: Infinity, rows: NaN };
        samples.push(sample);
        try {
          let target: number;
          let editTxMs: number;
          let before: Set<string> | null = null;
          if (edit.kind === 'talent') {
            const talent = talents[edit.index];
            sample.id = talent.id;
            before = await storedIds(pool, 'talent', talent.id);
            sample.sentAt = nowMs();
            editTxMs = await patchTalent(base, talent, n, 'scale');
            target = talent.version;
          } else {
            const position = positions[edit.index];
            sample.id = position.id;
            if (watermark === 'position_match_state') before = await storedIds(pool, 'position', position.id);
            sample.sentAt = nowMs();
            const answer = await patchPosition(base, position, n);
            editTxMs = answer.updatedAt;
            target = watermark === 'position_match_state' ? answer.version : await rebuildSeq(pool);
          }
          sample.answeredAt = nowMs();
          await new Promise<void>((resolve) => {
            pending.set(`${edit.kind}:${sample.id}`, { sample, target, editTxMs, before, done: (rows) => ((sample.rows = rows), resolve()) });
          });
        } catch (error) {
          sample.error = (error as Error).message;
          log(`edit ${n} (${edit.kind}) failed: ${sample.error}`);
        }
      })(),
    );
  }
  const sentMs = nowMs() - started;
  log(`${order.length} edits sent in ${(sentMs / 1000).toFixed(1)} s; waiting for the last ones to commit…`);
  await Promise.all(sent);
  stop = true;
  await poller;
  await Promise.all(counting);
  return { samples, elapsedMs: sentMs };
}

/** Peak (VmHWM) and current (VmRSS) resident memory of a process, MiB. */
export function processMemory(pid: number | undefined): { hwmMb: number; rssMb: number } {
  if (!pid) return { hwmMb: NaN, rssMb: NaN };
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { hwmMb: Math.round(kb('VmHWM') / 102.4) / 10, rssMb: Math.round(kb('VmRSS') / 102.4) / 10 };
  } catch {
    return { hwmMb: NaN, rssMb: NaN };
  }
}

/**
 * Rows inserted + updated + deleted so far in the match-list tables (`match`, and any `match_*` or
 * `position_match*` table that exists), as the cumulative statistics system reports them. Only
 * meaningful over a whole phase once every writer has flushed its counters (see the caller).
 */
export async function matchTableWrites(db: Pool): Promise<{ total: number; tables: string[] }> {
  const client = await db.connect();
  try {
    await client.query('SELECT pg_stat_clear_snapshot()');
    const { rows } = await client.query(
      `SELECT relname, (n_tup_ins + n_tup_upd + n_tup_del)::bigint AS n FROM pg_stat_user_tables
        WHERE relname = 'match' OR relname LIKE 'match\\_%' OR relname LIKE 'position\\_match%' ORDER BY relname`,
    );
    return { total: rows.reduce((s: number, r: { n: string }) => s + Number(r.n), 0), tables: rows.map((r: { relname: string }) => r.relname) };
  } finally {
    client.release();
  }
}
