import { Browser, Page } from 'playwright-core';
import { ConsolePage, foreignRequests, inspect, launchBrowser, openConsole, PageCheck, signIn, VIEWPORTS } from '../support/browser';
import { apiGet, apiLogin, ConsoleService, DEMO_LOGINS, startConsoleService } from '../support/console-service';
import { TEST_REDIS_URL } from '../support/test-database';

jest.setTimeout(300_000);

/** Its own Redis database: this file may run beside console.e2e-spec.ts (database 5). */
const REDIS_URL = `${TEST_REDIS_URL}/9`;

interface Benefit {
  kind: string;
  amountYuan: number | null;
  flats: number | null;
}
interface Briefs {
  applies: { policyId: string; nameZh: string; benefits: Benefit[] }[];
  nearly: { policyId: string; nameZh: string; missing: { zh: string }[] }[];
}

function expectWellLaidOut(check: PageCheck): void {
  expect(check.overflow).toBeLessThanOrEqual(0);
  expect(check.overlaps).toEqual([]);
  expect(check.cjkFonts.some((f) => /Noto Sans CJK|Noto Serif CJK/i.test(f))).toBe(true);
  expect(check.tofu).toEqual([]);
}

/** "1,717,000" → 1717000 (figures are drawn with the locale's grouping). */
const figure = (text: string | null) => Number((text ?? '').replace(/[,\s]/g, ''));

/** What each policy card of a list shows: applies names, nearly names and lines, the benefit totals. */
async function renderedPolicies(page: Page, item: string, idAttribute: string) {
  return page.locator(item).evaluateAll(
    (els, attr) =>
      els.map((el) => ({
        id: el.getAttribute(attr),
        appliesLine: el.querySelector('.policy-applies')?.textContent ?? null,
        applies: [...el.querySelectorAll('.policy-applies .policy')].map((p) => p.getAttribute('data-name')),
        nearly: [...el.querySelectorAll('.policy-nearly li')].map((li) => ({ name: li.getAttribute('data-name'), text: li.textContent ?? '' })),
        money: el.querySelector('.policy-benefits')?.getAttribute('data-money') ?? null,
        flats: el.querySelector('.policy-benefits')?.getAttribute('data-flats') ?? null,
        benefitsText: el.querySelector('.policy-benefits')?.textContent ?? null,
      })),
    idAttribute,
  );
}

const MONEY = ['subsidy', 'allowance', 'researchFunding'];
const sumOf = (briefs: Briefs['applies'], keep: (b: Benefit) => boolean, value: (b: Benefit) => number) =>
  briefs.flatMap((p) => p.benefits).filter(keep).reduce((s, b) => s + value(b), 0);

describe('talent policies in the console (recommendations, candidate cards, the coordinators\' cost view)', () => {
  let service: ConsoleService;
  let browser: Browser;
  const opened: ConsolePage[] = [];

  async function open(role: keyof typeof DEMO_LOGINS, width: keyof typeof VIEWPORTS): Promise<ConsolePage> {
    const c = await openConsole(browser, service.url, VIEWPORTS[width]);
    opened.push(c);
    const [username, password] = DEMO_LOGINS[role];
    await signIn(c.page, username, password);
    return c;
  }

  beforeAll(async () => {
    browser = await launchBrowser();
    service = await startConsoleService(REDIS_URL);
  });

  afterAll(async () => {
    await browser?.close();
    await service?.stop();
  });

  afterEach(async () => {
    if (!service.running()) throw new Error(`the service stopped:\n${service.output().slice(-4000)}`);
    for (const c of opened.splice(0)) {
      expect(foreignRequests(c.requests, service.url)).toEqual([]);
      expect(c.consoleErrors.filter((e) => !/status of 4\d\d/.test(e))).toEqual([]);
      await c.context.close();
    }
  });

  it('coordinator: 政策成本 in the nav draws the pipeline cost against the 1,000万元 fund and the 178 flats, both bases, with the API\'s figures', async () => {
    const api = await apiGet(service.url, service.token, '/policies/pipeline-cost');
    for (const width of ['laptop', 'phone'] as const) {
      const { page } = await open('coordinator', width);
      await page.locator('nav.mainnav a', { hasText: '政策成本' }).click();
      await page.locator('[data-testid="policy-cost"]').waitFor();
      await expect(page.locator('main h1').textContent()).resolves.toBe('政策成本：当前人才储备的预期政策支出');

      for (const basis of ['seats', 'everyStrongTalent'] as const) {
        const totals = api[basis];
        const meter = (unit: string) => page.locator(`.cost-meter[data-basis="${basis}"][data-unit="${unit}"]`);
        const read = async (unit: string, f: string) => figure(await meter(unit).locator(`[data-figure="${f}"]`).textContent());
        expect([await read('yuan', 'demanded'), await read('yuan', 'whole')]).toEqual([totals.fundDemandedYuan, 10_000_000]);
        expect(await read('yuan', 'share')).toBeCloseTo(Math.round((totals.fundDemandedYuan / 10_000_000) * 1000) / 10, 1);
        expect([await read('flats', 'demanded'), await read('flats', 'whole')]).toEqual([totals.flatsDemanded, 178]);
        await expect(meter('yuan').textContent()).resolves.toContain(`${totals.talentsPlaced.toLocaleString('zh-CN')} 人`);
        const row = page.locator(`table.cost-totals tr[data-basis="${basis}"]`);
        for (const key of ['talentsPlaced', 'fundDemandedYuan', 'fundPendingYuan', 'otherIssuersYuan', 'flatsDemanded', 'flatsPending', 'loanCeilingYuan']) {
          expect([key, figure(await row.locator(`td[data-total="${key}"]`).textContent())]).toEqual([key, totals[key]]);
        }
      }
      // The seat rule's figures are the ones the fund and flats blocks of the answer give.
      expect(api.fund.demandedYuan).toBe(api.seats.fundDemandedYuan);
      expect(api.flats.demanded).toBe(api.seats.flatsDemanded);

      const rows = page.locator('table.cost-policies tbody tr');
      expect(await rows.count()).toBe(api.items.length);
      for (const item of api.items) {
        const row = page.locator(`table.cost-policies tr[data-policy-id="${item.policyId}"]`);
        await expect(row.textContent()).resolves.toContain(item.nameZh);
        for (const key of ['talents', 'pendingTalents', 'moneyYuan', 'flats']) {
          expect([item.nameZh, key, figure(await row.locator(`td[data-col="${key}"]`).textContent())]).toEqual([item.nameZh, key, item[key]]);
        }
      }
      await expect(page.locator('.cost-note').textContent()).resolves.toContain('演示政策为示例');
      console.log(
        `policy cost (${width}): seat rule ${api.seats.talentsPlaced} talents, fund ${api.seats.fundDemandedYuan} of ${api.fund.yuan} (${api.fund.shareDemanded}), flats ${api.seats.flatsDemanded} of ${api.flats.available}; every strong talent ${api.everyStrongTalent.talentsPlaced}: fund ${api.everyStrongTalent.fundDemandedYuan}, flats ${api.everyStrongTalent.flatsDemanded}`,
      );
      expectWellLaidOut(await inspect(page, 'coordinator-policy-cost'));
    }
  });

  it('talent: each recommendation says 入职可申请 (the policies that apply with it) and 差一点…需… (nearly, with the missing condition), as the API lists them', async () => {
    const talent = await apiLogin(service.url, DEMO_LOGINS.talent);
    const talentId = talent.user.talentId!;
    // The demo talent (a technical-school operator) nearly gets the graduates' allowance and the city's
    // doctor/master plan, both for the degree. With a recent bachelor's degree added to the profile the
    // allowance applies and the plan is still "nearly" (a master's): both lines show. Policies are evaluated
    // when read, so no recompute is needed for them (the profile's own recompute may change the scores).
    const profile = await apiGet(service.url, talent.accessToken, `/talents/${talentId}`);
    const latest = Math.max(...profile.education.map((e: { graduationYear: number | null }) => e.graduationYear ?? 0));
    const patch = await fetch(`${service.url}/talents/${talentId}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${talent.accessToken}` },
      body: JSON.stringify({ version: profile.version, education: [...profile.education, { school: '内蒙古科技大学', major: '冶金工程', degree: 'bachelor', graduationYear: latest }] }),
    });
    expect(patch.status).toBe(200);
    let api = await apiGet(service.url, talent.accessToken, `/talents/${talentId}/recommendations?limit=20`);
    const started = Date.now();
    while (api.stale && Date.now() - started < 120_000) {
      await new Promise((r) => setTimeout(r, 500));
      api = await apiGet(service.url, talent.accessToken, `/talents/${talentId}/recommendations?limit=20`);
    }
    expect(api.stale).toBe(false);
    const byId = new Map<string, { policies: Briefs }>(api.items.map((r: { positionId: string; policies: Briefs }) => [r.positionId, r]));
    for (const width of ['laptop', 'phone'] as const) {
      const { page } = await open('talent', width);
      await page.evaluate(`location.hash = '#/talent/recommendations'`);
      await page.locator('ol.recommendations[data-stale="false"]').waitFor();
      const shown = await renderedPolicies(page, 'ol.recommendations > li.recommendation', 'data-position-id');
      expect(shown.map((s) => s.id)).toEqual(api.items.map((r: { positionId: string }) => r.positionId));
      let applies = 0;
      let nearly = 0;
      for (const item of shown) {
        const policies = byId.get(item.id!)!.policies;
        expect(item.applies).toEqual(policies.applies.map((p) => p.nameZh));
        if (policies.applies.length > 0) expect(item.appliesLine).toBe(`入职可申请：${policies.applies.map((p) => p.nameZh).join('、')}`);
        expect(item.nearly.map((n) => n.name)).toEqual(policies.nearly.map((p) => p.nameZh));
        item.nearly.forEach((n, i) => {
          const p = policies.nearly[i];
          expect(n.text).toMatch(new RegExp(`^差一点：${p.nameZh}需：`));
          // The missing condition, as the API words it, without repeating the policy's name.
          for (const m of p.missing) expect(n.text).toContain(m.zh.replace(`获得${p.nameZh}需：`, ''));
        });
        applies += item.applies.length;
        nearly += item.nearly.length;
      }
      expect(applies).toBeGreaterThan(0);
      expect(nearly).toBeGreaterThan(0);
      console.log(`talent recommendations (${width}): ${shown.length} items, ${applies} policies apply, ${nearly} nearly; first: ${shown.find((s) => s.appliesLine)?.appliesLine} | ${shown.flatMap((s) => s.nearly)[0]?.text}`);
      expectWellLaidOut(await inspect(page, 'talent-recommendations-policies'));
    }
  });

  it('enterprise: each candidate card shows what the candidate brings with that opening (policies and benefits summed), as the API lists them', async () => {
    const ent = await apiLogin(service.url, DEMO_LOGINS.enterprise);
    // The enterprise's opening whose candidates bring the most money: a list worth reading.
    const openings = await apiGet(service.url, ent.accessToken, `/positions?enterpriseId=${ent.user.enterpriseId}&limit=100`);
    let best: { positionId: string; money: number; api: { items: { talentId: string; policies: Briefs }[] } } | null = null;
    for (const o of openings.items as { id: string }[]) {
      const list = await apiGet(service.url, ent.accessToken, `/positions/${o.id}/candidates?limit=20`);
      const money = list.items.reduce((s: number, c: { policies: Briefs }) => s + sumOf(c.policies.applies, (b) => MONEY.includes(b.kind), (b) => b.amountYuan ?? 0), 0);
      if (!best || money > best.money) best = { positionId: o.id, money, api: list };
    }
    expect(best!.money).toBeGreaterThan(0);
    const { positionId, api } = best!;
    const byId = new Map<string, { policies: Briefs }>(api.items.map((c) => [c.talentId, c]));
    for (const width of ['laptop', 'phone'] as const) {
      const { page } = await open('enterprise', width);
      await page.locator('.card.opening').first().waitFor();
      await page.evaluate(`location.hash = '#/enterprise/openings/${positionId}'`);
      await page.locator('li.candidate').first().waitFor();
      const shown = await renderedPolicies(page, 'li.candidate', 'data-talent-id');
      expect(shown.length).toBeGreaterThan(0);
      let withPolicies = 0;
      for (const card of shown) {
        const policies = byId.get(card.id!)!.policies;
        expect(card.applies).toEqual(policies.applies.map((p) => p.nameZh));
        // Only what the candidate brings: nearly ones are the candidate's business, not the card's.
        expect(card.nearly).toEqual([]);
        if (policies.applies.length === 0) continue;
        withPolicies++;
        expect(card.appliesLine).toBe(`入职该岗位可享受：${policies.applies.map((p) => p.nameZh).join('、')}`);
        const money = sumOf(policies.applies, (b) => MONEY.includes(b.kind), (b) => b.amountYuan ?? 0);
        const flats = sumOf(policies.applies, (b) => b.kind === 'housing', (b) => b.flats ?? 0);
        if (money + flats === 0) continue;
        expect([Number(card.money), Number(card.flats)]).toEqual([money, flats]);
        if (money > 0) expect(figure(/补贴与经费 ([\d,]+) 元/.exec(card.benefitsText ?? '')?.[1] ?? null)).toBe(money);
        if (flats > 0) expect(card.benefitsText).toContain(`人才公寓 ${flats} 套`);
      }
      expect(withPolicies).toBeGreaterThan(0);
      console.log(`candidate cards (${width}) of ${positionId}: ${shown.length} cards, ${withPolicies} bring policies; first: ${shown.find((s) => s.appliesLine)?.appliesLine} ${shown.find((s) => s.benefitsText)?.benefitsText ?? ''}`);
      expectWellLaidOut(await inspect(page, 'enterprise-candidates-policies'));
    }
  });
});
