import { countRows, createEnterprise, createPosition, enterpriseBody, positionBody, talentBody } from './support/factories';
import { startTestApp, TestApp } from './support/test-app';
import { FALLBACK_FIELD_ZH } from '../src/common/errors/messages-zh';

/** The body says it in Chinese too: `messageZh`, and `fieldsZh` for exactly the paths of `fields`, none the fallback. */
function expectChinese(body: { messageZh?: string; fields?: Record<string, string>; fieldsZh?: Record<string, string> }): void {
  expect(body.messageZh).toMatch(/[\u4e00-\u9fff]/);
  expect(Object.keys(body.fieldsZh ?? {})).toEqual(Object.keys(body.fields ?? {}));
  for (const zh of Object.values(body.fieldsZh ?? {})) {
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
    expect(zh).not.toBe(FALLBACK_FIELD_ZH);
  }
}

/** Bad input: a clear 4xx naming the field, and nothing stored. */
describe('input validation (real PostgreSQL)', () => {
  let t: TestApp;
  let enterpriseId: string;

  beforeAll(async () => {
    t = await startTestApp();
    enterpriseId = (await createEnterprise(t)).id;
  });
  afterAll(() => t.close());

  async function expectRejected(
    path: string,
    body: unknown,
    status: number,
    field: string | null,
    table: string,
  ): Promise<void> {
    const before = await countRows(t, table);
    const res = await t.http().post(path).send(body as object);
    expect(res.status).toBe(status);
    expect(typeof res.body.code).toBe('string');
    expect(typeof res.body.message).toBe('string');
    if (field) expect(Object.keys(res.body.fields ?? {})).toContain(field);
    expectChinese(res.body);
    expect(await countRows(t, table)).toBe(before);
  }

  it('says each field error in Chinese without the field name, education included (issue 17)', async () => {
    const before = await countRows(t, 'talent');
    const res = await t
      .http()
      .post('/talents')
      .send(talentBody({ education: [{ school: '校'.repeat(201), degree: 'phd', graduationYear: 1900 }, { graduationYear: '2020' }] }));
    expect(res.status).toBe(400);
    expect(res.body.fieldsZh).toEqual({
      'education.0.school': '不能超过 200 个字符',
      'education.0.degree': '必须是以下之一：vocational、associate、bachelor、master、doctorate',
      'education.0.graduationYear': '不能小于 1950',
      'education.1.graduationYear': '必须是整数',
    });
    expect(res.body.fields['education.0.graduationYear']).toBe('graduationYear must not be less than 1950');
    expect(res.body.messageZh).toMatch(/^输入有误：/);
    expect(await countRows(t, 'talent')).toBe(before);
  });

  it('rejects an unknown field, naming it', async () => {
    await expectRejected('/positions', { ...positionBody(enterpriseId), bonus: 1 }, 400, 'bonus', 'position');
  });

  it('rejects a wrong type', async () => {
    await expectRejected('/positions', positionBody(enterpriseId, { headcount: '5' }), 400, 'headcount', 'position');
    await expectRejected('/positions', positionBody(enterpriseId, { urgency: true }), 400, 'urgency', 'position');
    await expectRejected('/talents', talentBody({ skills: 'welding' }), 400, 'skills', 'talent');
  });

  it('rejects \\u0000 in a string, naming the nested field', async () => {
    await expectRejected('/positions', positionBody(enterpriseId, { title: 'a\u0000b' }), 400, 'title', 'position');
    const skills = [{ name: '萃取\u0000', weight: 1 }];
    await expectRejected('/positions', positionBody(enterpriseId, { requiredSkills: skills }), 400, 'requiredSkills.0.name', 'position');
  });

  it('rejects a lone surrogate', async () => {
    await expectRejected('/talents', talentBody({ name: 'ab\uD800' }), 400, 'name', 'talent');
  });

  it('answers 413 for a body over 256 KB', async () => {
    const before = await countRows(t, 'position');
    const res = await t
      .http()
      .post('/positions')
      .set('content-type', 'application/json')
      .send(JSON.stringify(positionBody(enterpriseId, { description: 'x'.repeat(300 * 1024) })));
    expect(res.status).toBe(413);
    expect(res.body.code).toBe('PAYLOAD_TOO_LARGE');
    expect(await countRows(t, 'position')).toBe(before);
  });

  it('answers 400 for malformed JSON', async () => {
    const res = await t.http().post('/positions').set('content-type', 'application/json').send('{"title": ');
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('INVALID_JSON');
  });

  it('rejects a negative headcount', async () => {
    await expectRejected('/positions', positionBody(enterpriseId, { headcount: -1 }), 400, 'headcount', 'position');
  });

  it('rejects a salary minimum above the maximum, on create and on update', async () => {
    await expectRejected('/positions', positionBody(enterpriseId, { salaryMin: 9000, salaryMax: 8000 }), 400, 'salaryMin', 'position');
    const position = await createPosition(t, enterpriseId);
    const res = await t.http().patch(`/positions/${position.id}`).send({ version: position.version, salaryMin: 99999 });
    expect(res.status).toBe(400);
    expect(res.body.fields).toHaveProperty('salaryMin');
    const after = await t.http().get(`/positions/${position.id}`).expect(200);
    expect(after.body.salaryMin).toBe(8000);
    expect(after.body.version).toBe(position.version);
  });

  it('rejects a talent’s expected salary with the minimum above the maximum, or not a whole number of yuan', async () => {
    await expectRejected('/talents', talentBody({ expectedSalaryMin: 12000, expectedSalaryMax: 9000 }), 400, 'expectedSalaryMin', 'talent');
    await expectRejected('/talents', talentBody({ expectedSalaryMin: 9000.5 }), 400, 'expectedSalaryMin', 'talent');
    const created = await t.http().post('/talents').send(talentBody({ expectedSalaryMin: 8000, expectedSalaryMax: 12000 })).expect(201);
    expect(created.body).toMatchObject({ expectedSalaryMin: 8000, expectedSalaryMax: 12000 });
    const res = await t.http().patch(`/talents/${created.body.id}`).send({ version: created.body.version, expectedSalaryMin: 20000 });
    expect(res.status).toBe(400);
    expect(res.body.fields).toHaveProperty('expectedSalaryMin');
    const after = await t.http().get(`/talents/${created.body.id}`).expect(200);
    expect(after.body).toMatchObject({ expectedSalaryMin: 8000, version: created.body.version });
  });

  it('rejects filledCount above headcount', async () => {
    await expectRejected('/positions', positionBody(enterpriseId, { headcount: 2, filledCount: 3 }), 400, 'filledCount', 'position');
  });

  it('answers 400 for a non-UUID id and 404 for an unknown one', async () => {
    const bad = await t.http().get('/positions/not-a-uuid');
    expect(bad.status).toBe(400);
    expect(bad.body.fields).toHaveProperty('id');
    const unknown = await t.http().get('/positions/00000000-0000-4000-8000-000000000000');
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('NOT_FOUND');
    const patchUnknown = await t.http().patch('/talents/00000000-0000-4000-8000-000000000000').send({ version: 1, summary: 'x' });
    expect(patchUnknown.status).toBe(404);
  });

  it('answers 422 naming the field for a reference to a missing enterprise', async () => {
    await expectRejected('/positions', positionBody('00000000-0000-4000-8000-000000000000'), 422, 'enterpriseId', 'position');
  });

  it('answers 409 for a stale version, and the first writer wins', async () => {
    const position = await createPosition(t, enterpriseId);
    await t.http().patch(`/positions/${position.id}`).send({ version: position.version, urgency: 4 }).expect(200);
    const stale = await t.http().patch(`/positions/${position.id}`).send({ version: position.version, urgency: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('VERSION_CONFLICT');
    expect(stale.body.fields).toHaveProperty('version');
    const current = await t.http().get(`/positions/${position.id}`).expect(200);
    expect(current.body.urgency).toBe(4);
    expect(current.body.version).toBe(position.version + 1);
    const staleDelete = await t.http().delete(`/positions/${position.id}?version=${position.version}`);
    expect(staleDelete.status).toBe(409);
  });

  it('lets exactly one of two concurrent updates at the same version through', async () => {
    const position = await createPosition(t, enterpriseId);
    const results = await Promise.all(
      [2, 3].map((urgency) => t.http().patch(`/positions/${position.id}`).send({ version: position.version, urgency })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
  });

  it('clamps a page size of 1e6 and rejects a nonsense one', async () => {
    const clamped = await t.http().get('/positions?limit=1e6').expect(200);
    expect(clamped.body.limit).toBe(100);
    const huge = await t.http().get('/positions?limit=1000000').expect(200);
    expect(huge.body.limit).toBe(100);
    const bad = await t.http().get('/positions?limit=abc');
    expect(bad.status).toBe(400);
    expect(bad.body.fields).toHaveProperty('limit');
    const negative = await t.http().get('/positions?page=-1');
    expect(negative.status).toBe(400);
    expect(negative.body.fields).toHaveProperty('page');
  });

  it('rejects an unknown query parameter and a bad enum', async () => {
    const res = await t.http().get('/positions?colour=red');
    expect(res.status).toBe(400);
    expect(res.body.fields).toHaveProperty('colour');
    const status = await t.http().get('/positions?status=deleted');
    expect(status.status).toBe(400);
    expect(status.body.fields).toHaveProperty('status');
  });

  it('answers 409 naming the field for a duplicate credit code', async () => {
    await createEnterprise(t, { creditCode: '91150291MA0N3X4K2B' });
    const res = await t.http().post('/enterprises').send(enterpriseBody({ creditCode: '91150291MA0N3X4K2B' }));
    expect(res.status).toBe(409);
    expect(res.body.fields).toHaveProperty('creditCode');
  });

  it('normalises codes and numbers (full-width digits), keeps free text as typed and rare CJK characters intact', async () => {
    const name = '𠮷野家䶮😀';
    const created = await t
      .http()
      .post('/talents')
      .send(talentBody({ name, headline: 'ＰＬＣ工程师', contact: { phone: '１３８００００５６７８' } }))
      .expect(201);
    expect(created.body.name).toBe(name);
    expect(created.body.headline).toBe('ＰＬＣ工程师');
    const read = await t.http().get(`/talents/${created.body.id}`).expect(200);
    expect(read.body.name).toBe(name);
    const contact = await t.http().get(`/talents/${created.body.id}/contact`).expect(200);
    expect(contact.body.phone).toBe('13800005678');
    const position = await t
      .http()
      .post('/positions')
      .send(positionBody(enterpriseId, { headcount: 3, title: '钕铁硼工程师（２０２６届）' }))
      .expect(201);
    expect(position.body.title).toBe('钕铁硼工程师（２０２６届）');
  });

  it('keeps Chinese punctuation and full-width letters in a summary unchanged through create, update and read (issue 17)', async () => {
    const summary = '熟悉萃取分离工艺，负责过稀土产线；擅长：“湿法冶金”与ＤＣＳ控制。Ｒ＆Ｄ经验３年！';
    const created = await t.http().post('/talents').send(talentBody({ summary })).expect(201);
    expect(created.body.summary).toBe(summary);
    const edited = `${summary}（已更新）`;
    const updated = await t.http().patch(`/talents/${created.body.id}`).send({ summary: edited, version: created.body.version }).expect(200);
    expect(updated.body.summary).toBe(edited);
    const read = await t.http().get(`/talents/${created.body.id}`).expect(200);
    expect(read.body.summary).toBe(edited);
    // Work history and position descriptions are free text too; a phone number is a code.
    const work = [{ title: '工艺工程师（萃取）', employer: '北方稀土（集团）', years: 3, description: '负责：萃取槽调试；优化“皂化”工序。' }];
    const withWork = await t.http().patch(`/talents/${created.body.id}`).send({ work, version: updated.body.version }).expect(200);
    expect(withWork.body.work[0]).toMatchObject(work[0]);
    const description = '岗位职责：一、稀土萃取；二、“降本增效”。';
    const position = await t.http().post('/positions').send(positionBody(enterpriseId, { description })).expect(201);
    expect(position.body.description).toBe(description);
  });

  describe('nesting, depth and prototype keys (issue 13)', () => {
    /** `{"a":{"a":…}}` or `[[[…]]]` as raw JSON text, `depth` objects or arrays deep. */
    const nestedText = (depth: number, open = '{"a":', close = '}') => `${open.repeat(depth - 1)}${open}1${close.repeat(depth)}`;
    const postRaw = (path: string, text: string, agent = t.http()) => agent.post(path).set('content-type', 'application/json').send(text);

    it('refuses a list where an item object belongs, naming the item, on create and on update', async () => {
      await expectRejected('/positions', { title: 'x', industry: 'rare_earth', enterpriseId, requiredSkills: [[]] }, 400, 'requiredSkills.0', 'position');
      await expectRejected('/positions', positionBody(enterpriseId, { requiredSkills: [{ name: '萃取' }, 'x'] }), 400, 'requiredSkills.1', 'position');
      await expectRejected('/talents', talentBody({ education: [[{ school: 'x' }]] }), 400, 'education.0', 'talent');
      await expectRejected('/talents', talentBody({ contact: [] }), 400, 'contact', 'talent');
      await expectRejected('/positions', positionBody(enterpriseId, { preferredSkills: [[]] }), 400, 'preferredSkills', 'position');
      const talent = (await t.http().post('/talents').send(talentBody()).expect(201)).body;
      for (const skills of [[[]], [null], [{ name: '萃取' }, [{ name: '萃取' }]]]) {
        const res = await t.http().patch(`/talents/${talent.id}`).send({ skills, version: talent.version });
        expect({ status: res.status, fields: Object.keys(res.body.fields ?? {}) }).toEqual({ status: 400, fields: [`skills.${skills.length - 1}`] });
      }
      const stored = await t.http().get(`/talents/${talent.id}`).expect(200);
      expect(stored.body.version).toBe(talent.version);
      expect(stored.body.skills).toEqual(talent.skills);
      const trip = await t.http().post('/recruitment-trips/plan').send({ days: 2, origin: [] });
      expect({ status: trip.status, fields: Object.keys(trip.body.fields ?? {}) }).toEqual({ status: 400, fields: ['origin'] });
    });

    it('answers 400 JSON_TOO_DEEP for a body nested 10,000 deep, before sign-in and before any pipe', async () => {
      for (const text of [nestedText(10_000), nestedText(10_000, '[', ']'), `{"username":"a","password":${nestedText(50_000, '[', ']')}}`]) {
        const res = await postRaw('/auth/login', text, t.anon());
        expect({ status: res.status, code: res.body.code }).toEqual({ status: 400, code: 'JSON_TOO_DEEP' });
      }
      const res = await postRaw('/positions', JSON.stringify(positionBody(enterpriseId, { requiredSkills: [{ name: JSON.parse(nestedText(40)) }] })));
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('JSON_TOO_DEEP');
      expect(Object.keys(res.body.fields)[0]).toMatch(/^requiredSkills\.0\.name\.a\.a/);
      // At the limit (32 by default) the body reaches validation, which names the field.
      const atLimit = await postRaw('/positions', JSON.stringify(positionBody(enterpriseId, { title: JSON.parse(nestedText(31)) })));
      expect({ status: atLimit.status, code: atLimit.body.code, fields: Object.keys(atLimit.body.fields ?? {}) }).toEqual({ status: 400, code: 'VALIDATION_FAILED', fields: ['title'] });
    });

    it('refuses __proto__, constructor and prototype keys, naming them, anywhere in a body or a query', async () => {
      const base = JSON.stringify(positionBody(enterpriseId)).slice(0, -1);
      for (const [text, field] of [
        [`${base},"__proto__":{"headcount":99}}`, '__proto__'],
        [`${base},"constructor":{"prototype":{"x":1}}}`, 'constructor'],
        [`${base},"requiredSkills":[{"name":"萃取","__proto__":{"weight":5}}]}`, 'requiredSkills.0.__proto__'],
        [`{"title":"x","industry":"rare_earth","enterpriseId":"${enterpriseId}","prototype":1}`, 'prototype'],
      ]) {
        const before = await countRows(t, 'position');
        const res = await postRaw('/positions', text);
        expect({ status: res.status, code: res.body.code, fields: Object.keys(res.body.fields ?? {}) }).toEqual({ status: 400, code: 'VALIDATION_FAILED', fields: [field] });
        expect(await countRows(t, 'position')).toBe(before);
      }
      const login = await postRaw('/auth/login', '{"username":"a","password":"b","__proto__":{"admin":true}}', t.anon());
      expect({ status: login.status, fields: login.body.fields }).toEqual({ status: 400, fields: { ['__proto__']: 'property __proto__ should not exist' } });
      const query = await t.http().get('/positions?__proto__=x');
      expect({ status: query.status, fields: Object.keys(query.body.fields ?? {}) }).toEqual({ status: 400, fields: ['__proto__'] });
    });

    it('searches skills by name and alias, never by the JSON text of the aliases', async () => {
      const skills = [
        { id: 'hv-solvent-extraction', nameZh: '溶剂萃取测试', nameEn: 'Solvent extraction test', aliases: ['萃取分离甲', 'SX-qq process'], category: 'process' },
        { id: 'hv-icp-oes', nameZh: '电感耦合等离子体测试', nameEn: 'ICP test', aliases: ['ICP-OES-qq', '100%_pure'], category: 'analysis' },
        { id: 'hv-plc', nameZh: 'PLC编程测试乙', nameEn: 'PLC test', aliases: [], category: 'automation' },
      ];
      for (const skill of skills) await t.http().post('/skills').send(skill).expect(201);
      const ids = async (q: string) => (await t.http().get('/skills').query({ q, limit: 100 }).expect(200)).body.items.map((s: { id: string }) => s.id);
      // The taxonomy (hundreds of skills) is there from the migrations: `"` used to match nearly all.
      expect((await t.http().get('/skills').query({ limit: 1 }).expect(200)).body.total).toBeGreaterThan(100);
      expect(await ids('"')).toEqual([]);
      expect(await ids('", "')).toEqual([]);
      expect(await ids('[')).toEqual([]);
      expect(await ids('0%_p')).toEqual(['hv-icp-oes']);
      expect(await ids('1_0')).toEqual([]);
      expect(await ids('萃取分离甲')).toEqual(['hv-solvent-extraction']);
      expect(await ids('sx-qq proc')).toEqual(['hv-solvent-extraction']);
      expect(await ids('OES-QQ')).toEqual(['hv-icp-oes']);
      expect(await ids('plc编程测试乙')).toEqual(['hv-plc']);
    });
  });
});
