/**
 * `npm run bench:imports [-- --json]`: what hostile import files cost the API process. Starts the compiled
 * API (dist/src/main.js) as its own process on its own database, generates the files of issue 13 (a 12 MB
 * zip-bomb XLSX with lying and with honest sizes, one with a single giant string, a ~48 MB CSV of 16
 * million invalid rows) and, for comparison, a valid 50,000-row CSV, and sends each to the dry-run import route while /health is requested every
 * 100 ms and the API's RSS is read every 20 ms. Prints, per file: time to the refusal, the refusal
 * (status, code, limit), /health p50/p95/max, the API's RSS before and at its peak. A benchmark: prints
 * figures, asserts nothing (target: /health p95 < 200 ms).
 *
 * Own database (bench_imports_<random>, dropped at the end), own Redis database (/10, flushed) and own
 * upload folder. Overrides: TEST_DATABASE_ADMIN_URL, TEST_REDIS_URL (or BENCH_REDIS_URL with a database
 * number); IMPORT_* variables are passed on to the API.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import { join } from 'node:path';
import { benchStores, Child, freePort, startChild, withRedisDb } from './freshness/processes';
import { percentile, sleep } from './freshness/stats';
import { HostileFile, writeInvalidRowsCsv, writeValidTalentsCsv, writeZipBombXlsx } from './imports/hostile-files';
import { request } from './imports/upload-request';

const ADMIN_URL = process.env.TEST_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.BENCH_REDIS_URL ?? withRedisDb(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379', 10);
const JSON_OUT = process.argv.includes('--json');
const ADMIN_PASSWORD = 'Bench-imports-2026';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const log = (line: string) => (JSON_OUT ? process.stderr : process.stdout).write(`${line}\n`);
/** Resident memory of a process, from /proc (Linux). */
function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return kb / 1024;
}

interface Result {
  file: string;
  megabytes: number;
  inflatesToMb: number;
  timeToRefusalMs: number;
  outcome: string;
  health: { p50: number; p95: number; max: number; samples: number };
  rssBeforeMb: number;
  rssPeakMb: number;
  tempFilesLeft: number;
}

async function main(): Promise<void> {
  const cleanups: (() => Promise<void> | void)[] = [];
  try {
    const files = mkdtempSync(join(os.tmpdir(), 'bench-imports-files-'));
    const uploads = mkdtempSync(join(os.tmpdir(), 'bench-imports-uploads-'));
    cleanups.push(() => rmSync(files, { recursive: true, force: true }));
    cleanups.push(() => rmSync(uploads, { recursive: true, force: true }));

    const { databaseUrl } = await benchStores(ADMIN_URL, REDIS_URL, 'bench_imports', cleanups);

    const passed = Object.fromEntries(Object.entries(process.env).filter(([k, v]) => k.startsWith('IMPORT_') && v !== undefined)) as Record<string, string>;
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    log(`starting the API on ${base}…`);
    const api: Child = await startChild({
      name: 'api',
      entry: 'dist/src/main.js',
      env: {
        ...passed,
        DATABASE_URL: databaseUrl,
        REDIS_URL,
        SEED_DEMO: 'false',
        ADMIN_USERNAME: 'admin',
        ADMIN_PASSWORD,
        WRITES_PER_MINUTE: '1000000',
        IMPORT_TEMP_DIR: uploads,
        PORT: String(port),
        HOST: '127.0.0.1',
      },
      ready: async () => {
        try {
          return (await fetch(`${base}/health`)).status === 200;
        } catch {
          return false;
        }
      },
    });
    cleanups.push(() => api.stop());
    const pid = api.process.pid!;
    const login = await fetch(`${base}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: ADMIN_PASSWORD }),
    });
    if (login.status !== 200) throw new Error(`POST /auth/login: ${login.status} ${await login.text()}`);
    const token = ((await login.json()) as { accessToken: string }).accessToken;

    log('generating the hostile files…');
    const hostile: { name: string; file: HostileFile; type: string }[] = [
      { name: 'zip bomb, lying sizes (many strings)', file: writeZipBombXlsx(join(files, 'bomb-lying.xlsx'), 12, { sizes: 'lying' }), type: XLSX },
      { name: 'zip bomb, lying sizes (one string)', file: writeZipBombXlsx(join(files, 'bomb-one.xlsx'), 12, { sizes: 'lying', content: 'one-string' }), type: XLSX },
      { name: 'zip bomb, honest zip64 sizes', file: writeZipBombXlsx(join(files, 'bomb-honest.xlsx'), 12, { sizes: 'honest' }), type: XLSX },
      { name: 'CSV, 16M invalid rows', file: writeInvalidRowsCsv(join(files, 'invalid.csv'), 48), type: 'text/csv' },
      // Not hostile: a large valid import (dry run), to compare /health while rows are really processed.
      { name: 'CSV, 50,000 valid rows (comparison)', file: writeValidTalentsCsv(join(files, 'valid.csv'), 50_000), type: 'text/csv' },
    ];

    const measure = async (work: () => Promise<string>) => {
      const latencies: number[] = [];
      const rssBeforeMb = rssMb(pid);
      let rssPeakMb = rssBeforeMb;
      const sampler = setInterval(() => (rssPeakMb = Math.max(rssPeakMb, rssMb(pid))), 20);
      let done = false;
      const pinger = (async () => {
        while (!done) {
          const started = performance.now();
          await request(base, 'GET', '/health', null);
          latencies.push(performance.now() - started);
          await sleep(Math.max(0, 100 - (performance.now() - started)));
        }
      })();
      const started = performance.now();
      const outcome = await work();
      const timeToRefusalMs = performance.now() - started;
      done = true;
      await pinger;
      clearInterval(sampler);
      const health = { p50: percentile(latencies, 50), p95: percentile(latencies, 95), max: Math.max(...latencies), samples: latencies.length };
      return { outcome, timeToRefusalMs, health, rssBeforeMb, rssPeakMb };
    };

    const idle = await measure(() => sleep(2_000).then(() => 'idle'));
    log(`idle: /health p50 ${idle.health.p50.toFixed(1)} ms, p95 ${idle.health.p95.toFixed(1)} ms; API RSS ${idle.rssBeforeMb.toFixed(0)} MB`);

    const results: Result[] = [];
    for (const { name, file, type } of hostile) {
      const measured = await measure(async () => {
        const post = await request(base, 'POST', '/imports/talents?dryRun=true', token, { file: file.path, type });
        if (post.status !== 202) return `${post.status} ${post.body?.code} ${Object.keys(post.body?.fields ?? {}).join(',')}`;
        for (;;) {
          const job = (await request(base, 'GET', `/imports/${post.body.jobId}`, token)).body;
          if (job.status !== 'running') {
            if (job.refusal) return `job ${job.status}: ${job.refusal.status} ${job.refusal.code} ${job.refusal.limit.env}`;
            return `job ${job.status}: ${job.report?.rows} rows, ${job.report?.errors?.length} errors`;
          }
          await sleep(20);
        }
      });
      await sleep(500);
      const result: Result = {
        file: name,
        megabytes: file.bytes / 1048576,
        inflatesToMb: file.inflatedBytes / 1048576,
        ...measured,
        tempFilesLeft: readdirSync(uploads).length,
      };
      results.push(result);
      log(
        `${name} (${result.megabytes.toFixed(1)} MB → ${result.inflatesToMb.toFixed(0)} MB): ${result.outcome} after ${result.timeToRefusalMs.toFixed(0)} ms; ` +
          `/health p50 ${result.health.p50.toFixed(1)} ms, p95 ${result.health.p95.toFixed(1)} ms, max ${result.health.max.toFixed(1)} ms (${result.health.samples} samples); ` +
          `API RSS ${result.rssBeforeMb.toFixed(0)} → peak ${result.rssPeakMb.toFixed(0)} MB (+${(result.rssPeakMb - result.rssBeforeMb).toFixed(0)}); temp files left: ${result.tempFilesLeft}`,
      );
    }
    if (JSON_OUT) process.stdout.write(`${JSON.stringify({ idle, results }, null, 2)}\n`);
  } finally {
    for (const cleanup of cleanups.reverse()) await Promise.resolve(cleanup()).catch((error: unknown) => log(`cleanup: ${String(error)}`));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
