import * as ExcelJS from 'exceljs';
import * as iconv from 'iconv-lite';
import { createReadStream, createWriteStream } from 'node:fs';
import { unlink } from 'node:fs/promises';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runImport } from '../src/imports/import-runner';
import type { ImportReport } from '../src/imports/import-types';
import { csvRows } from '../src/imports/row-sources';
import { demoSlice, seed } from './support/recompute-harness';
import { startTestApp, TestApp } from './support/test-app';
import { talentBody } from './support/factories';

const HEADER = '编号/key,姓名/name,职位头衔/headline,人才类别/tier,现居城市/currentCity,技能/skills,教育经历/education,愿意迁居/willingToRelocate';

function talentLine(i: number, prefix: string): string {
  return `${prefix}-${i},人才${i}号,稀土冶炼工程师,专业型紧缺人才,包头,溶剂萃取:${(i % 5) + 1}:3; ICP-OES:2,内蒙古科技大学|冶金工程|本科|2018,是`;
}

function talentCsv(n: number, prefix: string, bom = true, patch: (i: number, line: string) => string = (_i, l) => l): string {
  const lines = [HEADER];
  for (let i = 0; i < n; i++) lines.push(patch(i, talentLine(i, prefix)));
  return (bom ? '\uFEFF' : '') + lines.join('\r\n') + '\r\n';
}

/** Everything an import may touch, as one comparable value. */
async function snapshot(t: TestApp) {
  const [talents] = await t.dataSource.query(
    `SELECT count(*)::int AS n, coalesce(sum(version), 0)::int AS versions,
            md5(coalesce(string_agg(id::text || name || headline || skills::text || education::text, ',' ORDER BY id), '')) AS digest FROM talent`,
  );
  const [positions] = await t.dataSource.query('SELECT count(*)::int AS n, coalesce(sum(version), 0)::int AS versions FROM position');
  const [outbox] = await t.dataSource.query('SELECT count(*)::int AS n, coalesce(max(requested_seq), 0)::text AS seq FROM recompute_request');
  const [engine] = await t.dataSource.query("SELECT generation::text AS generation FROM engine_state WHERE key = 'corpus'");
  return { talents, positions, outbox, generation: engine.generation as string };
}

describe('spreadsheet imports and exports (real PostgreSQL)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    await seed(t.dataSource, demoSlice(150, 20));
  });

  afterAll(async () => {
    await t?.close();
  });

  async function upload(type: string, body: Buffer | string, options: { dryRun?: boolean; contentType?: string } = {}): Promise<ImportReport> {
    const started = await t
      .http()
      .post(`/imports/${type}${options.dryRun ? '?dryRun=true' : ''}`)
      .set('content-type', options.contentType ?? 'text/csv')
      .send(Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8'))
      .expect(202);
    return waitForJob(started.body.jobId);
  }

  async function waitForJob(jobId: string): Promise<ImportReport> {
    for (;;) {
      const res = await t.http().get(`/imports/${jobId}`).expect(200);
      if (res.body.status !== 'running') {
        expect(res.body.status).toBe('completed');
        return res.body.report as ImportReport;
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  const download = (path: string) =>
    t
      .http()
      .get(path)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);

  it('reports exactly the 3 bad rows of a 1,000-row file (row, column, reason) and commits nothing', async () => {
    const before = await snapshot(t);
    const csv = talentCsv(1000, 'bad', true, (i, line) => {
      if (i === 9) return line.replace('人才9号', '');
      if (i === 499) return line.replace('溶剂萃取:5:3', '溶剂萃取:9:3');
      if (i === 998) return line.replace('专业型紧缺人才', '外星人才');
      return line;
    });
    const report = await upload('talents', csv);
    expect(report.rows).toBe(1000);
    expect(report.committed).toBe(false);
    expect(report.errors).toEqual([
      { row: 11, column: '姓名/name', reason: expect.stringContaining('name') },
      { row: 501, column: '技能/skills', reason: expect.stringContaining('level') },
      { row: 1000, column: '人才类别/tier', reason: expect.stringContaining('tier') },
    ]);
    expect(await snapshot(t)).toEqual(before);
  });

  it('imports a file once, then changes nothing when the same file comes again; one outbox request per import', async () => {
    const csv = talentCsv(1000, 'same');
    const before = await snapshot(t);
    const first = await upload('talents', csv);
    expect(first).toMatchObject({ rows: 1000, created: 1000, updated: 0, unchanged: 0, errors: [], committed: true });
    const afterFirst = await snapshot(t);
    // 1,000 changed talents ask for one coalesced rebuild, not 1,000 requests.
    expect(afterFirst.outbox.n - before.outbox.n).toBeLessThanOrEqual(1);
    expect(BigInt(afterFirst.outbox.seq) - BigInt(before.outbox.seq)).toBe(1n);

    const second = await upload('talents', csv);
    expect(second).toMatchObject({ rows: 1000, created: 0, updated: 0, unchanged: 1000, errors: [], committed: true });
    expect(await snapshot(t)).toEqual(afterFirst);
  });

  it('imports GBK and UTF-8 (with and without BOM) files of the same content identically', async () => {
    const text = talentCsv(60, 'enc', false, (i, line) => line.replace('稀土冶炼工程师', i % 2 ? '钕铁硼永磁工程师' : '稀土冶炼工程师'));
    const gbk = iconv.encode(text, 'gbk');
    const utf8Bom = Buffer.from('\uFEFF' + text, 'utf8');
    const dry = await upload('talents', gbk, { dryRun: true });
    expect(dry).toMatchObject({ rows: 60, created: 60, errors: [], committed: false, encoding: 'gb18030' });
    const imported = await upload('talents', utf8Bom);
    expect(imported).toMatchObject({ rows: 60, created: 60, errors: [], committed: true, encoding: 'utf-8-bom' });
    expect(imported.preview).toEqual(dry.preview);
    expect(await upload('talents', gbk)).toMatchObject({ created: 0, updated: 0, unchanged: 60, encoding: 'gb18030' });
    const multipart = await t.http().post('/imports/talents').attach('file', gbk, 'talents-gbk.csv').expect(202);
    await waitForJob(multipart.body.jobId);
    const job = await t.http().get(`/imports/${multipart.body.jobId}`).expect(200);
    expect(job.body.report).toMatchObject({ rows: 60, unchanged: 60, errors: [], encoding: 'gb18030' });
    expect(await upload('talents', Buffer.from(text, 'utf8'))).toMatchObject({ created: 0, updated: 0, unchanged: 60, encoding: 'utf-8' });
  });

  it('imports expected pay (期望月薪下限/上限) and refuses a minimum above the maximum, naming the column', async () => {
    const header = `${HEADER},期望月薪下限/expectedSalaryMin,期望月薪上限/expectedSalaryMax`;
    const good = `\uFEFF${header}\r\n${talentLine(0, 'pay')},9000,14000\r\n`;
    expect(await upload('talents', good)).toMatchObject({ rows: 1, created: 1, errors: [], committed: true });
    const [row] = await t.dataSource.query(`SELECT expected_salary_min AS min, expected_salary_max AS max FROM talent WHERE external_key = 'pay-0'`);
    expect(row).toEqual({ min: 9000, max: 14000 });
    const bad = `\uFEFF${header}\r\n${talentLine(1, 'pay')},20000,9000\r\n`;
    const report = await upload('talents', bad);
    expect(report.committed).toBe(false);
    expect(report.errors.map((e: { column: string }) => e.column).join(' ')).toMatch(/expectedSalary/);
  });

  it('dry run previews changes and changes nothing', async () => {
    const before = await snapshot(t);
    const csv = talentCsv(5, 'same', true, (i, line) => (i === 2 ? line.replace('包头', '赤峰') : line)) + talentLine(0, 'dry') + '\r\n';
    const report = await upload('talents', csv, { dryRun: true });
    expect(report).toMatchObject({ rows: 6, created: 1, updated: 1, unchanged: 4, committed: false, dryRun: true });
    expect(report.preview.find((d) => d.action === 'updated')).toMatchObject({ row: 4, key: 'same-2', changes: { currentCity: ['包头', '赤峰'] } });
    expect(await snapshot(t)).toEqual(before);
  });

  it('exports candidate lists, recommendations and trip plans as CSV and XLSX', async () => {
    const [{ id: positionId }] = await t.dataSource.query('SELECT id FROM position ORDER BY id LIMIT 1');
    const [{ id: talentId }] = await t.dataSource.query('SELECT id FROM talent ORDER BY id LIMIT 1');
    const candidates = await download(`/exports/candidates/${positionId}?format=csv`);
    expect(candidates.headers['content-type']).toContain('text/csv');
    expect(candidates.body.toString('utf8')).toMatch(/^\uFEFF排名\/rank,/);
    const recommendations = await download(`/exports/recommendations/${talentId}?format=xlsx`);
    expect(recommendations.body.subarray(0, 2).toString()).toBe('PK');
    await t.http().get('/exports/candidates/00000000-0000-0000-0000-000000000000?format=csv').expect(404);
    const trip = await t.http().post('/exports/trip-plan?format=csv').send({ days: 2 }).expect(200);
    expect(trip.text.startsWith('\uFEFF天/day')).toBe(true);
    // No worker runs here, so no programme affinities are stored and the plan may have no stops: the
    // rows themselves follow TripsService; this checks the route, the format and the header.
    await t.http().post('/exports/trip-plan?format=xlsx').send({ days: 2 }).expect(200).expect('content-type', /spreadsheetml/);
  });

  it('positions: one column per imported position under the same statistics, not a new generation', async () => {
    const exported = await download('/exports/positions?format=csv');
    const text = exported.body.toString('utf8').replace(/,招聘中,/g, ',暂停,');
    const before = await snapshot(t);
    const report = await upload('positions', text);
    expect(report).toMatchObject({ rows: 20, updated: 20, errors: [], committed: true });
    const after = await snapshot(t);
    // Statistics are frozen: no new generation, 20 position columns and the programmes' one request.
    expect(BigInt(after.generation) - BigInt(before.generation)).toBe(0n);
    expect(BigInt(after.outbox.seq) - BigInt(before.outbox.seq)).toBe(21n);
    expect(after.positions.versions - before.positions.versions).toBe(20);
  });

  it('exports talents to CSV and XLSX that import back unchanged, with formula-like cells escaped', async () => {
    for (const name of ['=HYPERLINK("http://x","y")', '+86 张', '-1 李', '@SUM 王']) {
      await t.http().post('/talents').send(talentBody({ name, headline: '=1+1', summary: '引号"逗号,换行\n𠀀😀' })).expect(201);
    }
    const [{ n }] = await t.dataSource.query('SELECT count(*)::int AS n FROM talent');
    const csv = await download('/exports/talents?format=csv');
    const text = csv.body.toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(text).toContain("'+86 张");
    expect(text).toContain("'-1 李");
    expect(text).toContain("'@SUM 王");
    expect(text).not.toMatch(/(^|,)[=+@-]/m);
    expect(await upload('talents', csv.body)).toMatchObject({ rows: n, created: 0, updated: 0, unchanged: n, errors: [] });

    const xlsx = await download('/exports/talents?format=xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as never);
    const values = workbook.worksheets[0].getSheetValues().flat().filter((v): v is string => typeof v === 'string');
    expect(values).toContain("'=1+1");
    expect(values.some((v) => /^[=+@-]/.test(v))).toBe(false);
    const report = await upload('talents', xlsx.body, { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
    expect(report).toMatchObject({ rows: n, created: 0, updated: 0, unchanged: n, errors: [] });
  });

  it('imports 50,000 talent rows streamed, with flat memory and one outbox request', async () => {
    const path = join(tmpdir(), `talents-50k-${process.pid}.csv`);
    const out = createWriteStream(path);
    out.write('\uFEFF' + HEADER + '\r\n');
    for (let i = 0; i < 50_000; i++) if (!out.write(talentLine(i, 'big') + '\r\n')) await once(out, 'drain');
    out.end();
    await once(out, 'finish');
    const before = await snapshot(t);
    global.gc?.();
    const base = process.memoryUsage();
    let peakRss = base.rss;
    let peakHeap = base.heapUsed;
    const sampler = setInterval(() => {
      const m = process.memoryUsage();
      peakRss = Math.max(peakRss, m.rss);
      peakHeap = Math.max(peakHeap, m.heapUsed);
    }, 25);
    const started = Date.now();
    try {
      const report = await runImport(t.dataSource, 'talents', csvRows(createReadStream(path)), { dryRun: false });
      expect(report).toMatchObject({ rows: 50_000, created: 50_000, errors: [], committed: true });
    } finally {
      clearInterval(sampler);
      await unlink(path).catch(() => undefined);
    }
    const mb = (b: number) => (b / 1024 / 1024).toFixed(1);
    console.log(`50,000-row import: ${Date.now() - started} ms; peak RSS +${mb(peakRss - base.rss)} MB; peak heap +${mb(peakHeap - base.heapUsed)} MB`);
    // The file is ~10 MB; holding every row as objects would cost several hundred MB. The bound leaves
    // room for V8's heap growth and the pg driver's buffers while still failing an all-in-memory import.
    expect(peakRss - base.rss).toBeLessThan(300 * 1024 * 1024);
    const after = await snapshot(t);
    expect(after.talents.n - before.talents.n).toBe(50_000);
    expect(BigInt(after.outbox.seq) - BigInt(before.outbox.seq)).toBe(1n);
  });
});
