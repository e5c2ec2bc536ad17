import { OutboxRelay } from '../src/recompute/outbox-relay.service';
import { demoSlice, pendingCount, seed, waitFor } from './support/recompute-harness';
import { startTestApp, TestApp } from './support/test-app';

/**
 * What a talent is shown when few or no positions fit: a thin profile still gets its best eligible
 * positions (marked below the store threshold), an ineligible one is told which rules block how many
 * positions, and enterprises' candidate lists stay at the threshold. In-process queue, real PostgreSQL.
 */
describe('recommendations for thin and ineligible profiles', () => {
  let t: TestApp;
  let threshold: number;

  const settle = () => waitFor('recompute', async () => (await pendingCount(t.dataSource)) === 0);

  beforeAll(async () => {
    t = await startTestApp({ REDIS_URL: '' });
    threshold = t.config.matchStoreMinScore;
    await seed(t.dataSource, demoSlice(60, 40));
    t.app.get(OutboxRelay).kick();
    await settle();
  });
  afterAll(() => t.close());

  it('lists a thin profile’s best eligible positions below the threshold, marked, and keeps them off candidate lists', async () => {
    const created = await t
      .http()
      .post('/talents')
      .send({
        name: '王小明',
        headline: '电工',
        tier: 'skilled_worker',
        currentCity: '包头',
        willingToRelocate: true,
        education: [{ school: '包头市职业教育中心', major: '电气运行与控制', degree: 'vocational', graduationYear: 2016 }],
        work: [{ employer: '包头某机械厂', title: '电工', years: 8 }],
      })
      .expect(201);
    await settle();
    const recs = await t.http().get(`/talents/${created.body.id}/recommendations?limit=20`).expect(200);
    expect(recs.body.threshold).toBe(threshold);
    // The live explanation of every open position says which are eligible: the list holds the best of them.
    const open: { id: string }[] = await t.dataSource.query(`SELECT id FROM position WHERE status = 'open'`);
    let eligible = 0;
    for (const p of open) if ((await t.http().get(`/matches/${created.body.id}/${p.id}`).expect(200)).body.eligible) eligible++;
    expect(eligible).toBeGreaterThan(0);
    expect(recs.body.items.length).toBe(Math.min(t.config.matchStoreMinRows, eligible));
    expect(recs.body.emptyReason).toBeNull();
    const below = recs.body.items.filter((i: { belowThreshold: boolean }) => i.belowThreshold);
    expect(below.length).toBeGreaterThan(0);
    for (const item of recs.body.items) expect(item.belowThreshold).toBe(item.score < threshold);

    const positionId = below[0].positionId;
    const candidates = await t.http().get(`/positions/${positionId}/candidates?limit=200`).expect(200);
    expect(candidates.body.items.map((c: { talentId: string }) => c.talentId)).not.toContain(created.body.id);
    expect(candidates.body.items.every((c: { score: number }) => c.score >= threshold)).toBe(true);
  });

  it('tells a talent no position is eligible, and which rules block how many positions', async () => {
    const created = await t
      .http()
      .post('/talents')
      .send({ name: '李四', headline: '稀土萃取工程师', currentCity: '深圳', willingToRelocate: false, skills: [{ name: '稀土萃取', level: 4 }] })
      .expect(201);
    await settle();
    const recs = await t.http().get(`/talents/${created.body.id}/recommendations`).expect(200);
    expect(recs.body.items).toEqual([]);
    const [{ n: open }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM position WHERE status = 'open'`);
    expect(recs.body.emptyReason).toMatchObject({ code: 'no_eligible_position', openPositions: open });
    const relocation = recs.body.emptyReason.rules.find((r: { code: string }) => r.code === 'will_not_relocate');
    expect(relocation.positions).toBe(open);
    expect(recs.body.emptyReason.message.zh).toContain(`${open} 个岗位：岗位不在您所在城市`);
  });
  it('shows candidates’ degree, school, major, years and current post, the employer masked for an enterprise without consent', async () => {
    const [position] = await t.dataSource.query(
      `SELECT p.id, p.enterprise_id FROM position p JOIN match m ON m.position_id = p.id GROUP BY p.id ORDER BY count(*) DESC, p.id LIMIT 1`,
    );
    const staff = await t.http().get(`/positions/${position.id}/candidates?limit=50`).expect(200);
    const withJob = staff.body.items.find((c: { background: { currentEmployer: string | null } }) => c.background.currentEmployer);
    expect(withJob).toBeDefined();
    const [talent] = await t.dataSource.query('SELECT education, work FROM talent WHERE id = $1', [withJob.talentId]);
    expect(withJob.background).toMatchObject({ currentTitle: talent.work[0].title, currentEmployer: talent.work[0].employer });
    expect(withJob.background.years).toBeCloseTo(talent.work.reduce((n: number, w: { years?: number }) => n + (w.years ?? 0), 0), 1);
    expect(talent.education.map((e: { degree: string }) => e.degree)).toContain(withJob.background.degree);

    const { token } = await t.account('enterprise', { enterpriseId: position.enterprise_id });
    const seen = await t.as(token).get(`/positions/${position.id}/candidates?limit=50`).expect(200);
    const masked = seen.body.items.find((c: { talentId: string }) => c.talentId === withJob.talentId);
    expect(masked.background).toMatchObject({ currentEmployer: null, currentTitle: withJob.background.currentTitle, school: withJob.background.school });
    expect(masked.employerMasked).toBe(true);
  });
  it('gives each lacking skill its level, steps from related skills, the score gain and where it is taught', async () => {
    const [{ talent_id: talentId }] = await t.dataSource.query(
      `SELECT m.talent_id FROM match m WHERE jsonb_array_length(m.explanation->'skills'->'missing') > 0 ORDER BY m.score DESC LIMIT 1`,
    );
    const recs = await t.http().get(`/talents/${talentId}/recommendations?limit=20`).expect(200);
    const gaps = recs.body.items.flatMap((i: { gaps: unknown[] }) => i.gaps);
    expect(gaps.length).toBeGreaterThan(0);
    for (const gap of gaps) {
      expect(gap).toEqual(
        expect.objectContaining({ skill: expect.any(String), kind: expect.any(String), requiredLevel: expect.any(Number), scoreGain: expect.any(Number) }),
      );
      expect(gap.scoreGain).toBeGreaterThanOrEqual(0);
    }
    const item = recs.body.items.find((i: { gaps: { learnAt: unknown[] }[] }) => i.gaps.length > 0);
    // The pair's own explanation carries the same advice.
    const pair = await t.http().get(`/matches/${talentId}/${item.positionId}`).expect(200);
    expect(pair.body.gaps.map((g: { skill: string }) => g.skill)).toEqual(item.gaps.map((g: { skill: string }) => g.skill));
    // Acquiring the first gap's skill at its level raises the live score by the promised gain.
    const [first] = item.gaps;
    const [talent] = await t.dataSource.query('SELECT skills, version FROM talent WHERE id = $1', [talentId]);
    const skills = talent.skills.filter((s: { name: string }) => s.name !== first.skill).concat([{ name: first.skill, level: first.requiredLevel }]);
    await t.http().patch(`/talents/${talentId}`).send({ version: talent.version, skills }).expect(200);
    const after = await t.http().get(`/matches/${talentId}/${item.positionId}`).expect(200);
    expect(after.body.score - pair.body.score).toBeCloseTo(first.scoreGain, 0);
  });

  it('lists programmes that teach a lacking skill when the data has them', async () => {
    const rows: { talent_id: string; position_id: string }[] = await t.dataSource.query(
      `SELECT talent_id, position_id FROM match WHERE jsonb_array_length(explanation->'skills'->'missing') > 0 ORDER BY score DESC LIMIT 40`,
    );
    let withProgramme = 0;
    for (const row of rows) {
      const pair = await t.http().get(`/matches/${row.talent_id}/${row.position_id}`).expect(200);
      for (const gap of pair.body.gaps) {
        for (const u of gap.learnAt) {
          expect(u).toEqual(expect.objectContaining({ university: expect.any(String), city: expect.any(String) }));
          expect(u.programmes[0]).toEqual(expect.objectContaining({ major: expect.any(String), degree: expect.any(String) }));
        }
        if (gap.learnAt.length > 0) withProgramme++;
      }
    }
    expect(withProgramme).toBeGreaterThan(0);
  });
  it('scores pay fit from the talent’s expected salary against the position’s band; unknown is neutral', async () => {
    const [position] = await t.dataSource.query(`SELECT id, salary_max FROM position WHERE status = 'open' AND salary_max IS NOT NULL ORDER BY id LIMIT 1`);
    const profile = { headline: '稀土萃取工程师', currentCity: '包头', willingToRelocate: true, skills: [{ name: '稀土萃取', level: 4 }] };
    const fits = await t.http().post('/talents').send({ name: '张一', ...profile, expectedSalaryMin: position.salary_max - 1000 }).expect(201);
    const asksMore = await t.http().post('/talents').send({ name: '张二', ...profile, expectedSalaryMin: position.salary_max * 2 }).expect(201);
    const unknown = await t.http().post('/talents').send({ name: '张三', ...profile }).expect(201);
    const salary = async (id: string) => (await t.http().get(`/matches/${id}/${position.id}`).expect(200)).body.components.salary as number;
    const [a, b, c] = [await salary(fits.body.id), await salary(asksMore.body.id), await salary(unknown.body.id)];
    expect(a).toBeGreaterThan(c);
    expect(c).toBeGreaterThan(b);
  });
});
