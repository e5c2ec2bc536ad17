import { tripPlanToCsv, tripPlanToHtml, tripPlanToICalendar } from './trip-exports';
import { foldICalLine } from './trip-icalendar';
import { planTrip } from './trip-planner';
import { position, programme, university } from './trip-test-factories';
import { TripPlanResult } from './trip-types';

/** A two-day plan whose names carry markup, formula starts and iCalendar specials. */
function hostileResult(): TripPlanResult {
  const universities = [
    university({ id: 'u1', name: '<script>alert(1)</script>兰州大学', city: '兰州' }),
    university({ id: 'u2', name: '=HYPERLINK("http://x")', city: '兰州', latitude: 36.07, longitude: 103.75 }),
    university({ id: 'u3', name: '内蒙古大学; 主校区, "南门"\\东', city: '呼和浩特', province: '内蒙古', latitude: 40.81, longitude: 111.68 }),
  ];
  const programmes = universities.map((u) => programme({ id: `${u.id}-m`, universityId: u.id, major: '稀土材料与冶金工程'.repeat(3) }));
  const positions = [
    position({ id: 'p1', title: '-2+3 研发工程师', enterpriseName: '@北方稀土' }),
    position({ id: 'p2', title: '电工钢工程师\n夜班', enterpriseName: '包头威丰稀土电磁材料股份有限公司' }),
  ];
  const supply = universities.flatMap((u) => positions.map((p) => ({ programmeId: `${u.id}-m`, positionId: p.id, expectedCandidates: 0.5 })));
  return planTrip({ universities, programmes, positions, supply, request: { days: 2, stopsPerDay: 2, mustVisit: [], exclude: [] } });
}

describe('trip exports', () => {
  const result = hostileResult();
  const stopCount = result.plan.days.reduce((s, d) => s + d.stops.length, 0);

  it('HTML escapes every string and is self-contained', () => {
    for (const lang of ['zh', 'en'] as const) {
      const html = tripPlanToHtml(result, { title: '<b>行程</b>', lang });
      expect(html).not.toContain('<script>');
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;兰州大学');
      expect(html).toContain('&lt;b&gt;行程&lt;/b&gt;');
      expect(html).toMatch(/<style>[\s\S]*@media print/);
      expect(html).not.toMatch(/<link|<script|src=/);
    }
    expect(tripPlanToHtml(result, { lang: 'zh' })).toContain('第 1 天');
    expect(tripPlanToHtml(result, { lang: 'en' })).toContain('第 1 天 · Day 1');
  });

  it('HTML shows each leg with departure and arrival, each fair with its hours, and a booth list per stop', () => {
    const html = tripPlanToHtml(result, { lang: 'zh' });
    const out = result.plan.route[0];
    expect(html).toContain('出发时间');
    expect(html).toContain('到达时间');
    expect(html).toContain(`<td class="num">${out.depart}</td><td class="num">${out.arrive}</td>`);
    const stop = result.plan.days[0].stops[0];
    expect(html).toContain(`${stop.start}–${stop.end}`);
    expect(html.match(/<section class="agenda">/g)).toHaveLength(stopCount);
    expect(html).toContain('双选会议程');
    expect(html).toContain('<th>展位</th>');
    expect(html).toContain('@北方稀土');
  });

  it('CSV has a BOM, one row per stop × position, disarmed formulas and RFC 4180 quoting', () => {
    const csv = tripPlanToCsv(result.plan);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(csv).toContain("'-2+3 研发工程师");
    expect(csv).toContain("'@北方稀土");
    expect(csv).toContain('"电工钢工程师\n夜班"');
    const rows = csv.slice(1).split('\r\n').filter((line) => line.length > 0);
    expect(rows).toHaveLength(1 + stopCount * 2);
  });

  it('iCalendar uses CRLF, folds at 75 octets, escapes TEXT and has one VEVENT per stop and per rail leg, at the planned times', () => {
    const ics = tripPlanToICalendar(result.plan, { startDate: '2025-03-10', timezone: 'Asia/Shanghai', generatedAt: new Date('2025-03-01T00:00:00Z') });
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = ics.split('\r\n');
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    const railLegs = result.plan.route.filter((l) => l.mode === 'rail');
    expect(railLegs.length).toBeGreaterThan(0);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(stopCount + railLegs.length);
    // The team leaves 包头 at 07:00 on the first day; the first fair starts when the plan says.
    expect(ics).toContain('DTSTART;TZID=Asia/Shanghai:20250310T070000');
    const first = result.plan.days[0].stops[0];
    expect(ics).toContain(`DTSTART;TZID=Asia/Shanghai:20250310T${first.start.replace(':', '')}00`);
    expect(ics).toContain(`DTEND;TZID=Asia/Shanghai:20250310T${first.end.replace(':', '')}00`);
    expect(ics).toContain('TZID:Asia/Shanghai');
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).toContain('内蒙古大学\\; 主校区\\, "南门"\\\\东');
    expect(unfolded).toMatch(/DESCRIPTION:[^\r]*\\n/);
    const uids = unfolded.match(/^UID:.*$/gm)!;
    expect(new Set(uids).size).toBe(stopCount + railLegs.length);
    // Stable: the same plan and start date give the same UIDs.
    expect(tripPlanToICalendar(result.plan, { startDate: '2025-03-10' }).replace(/\r\n /g, '').match(/^UID:.*$/gm)).toEqual(uids);
  });

  it('folds without splitting a UTF-8 character', () => {
    const folded = foldICalLine(`SUMMARY:${'稀'.repeat(60)}`);
    for (const line of folded.split('\r\n')) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      expect(line).not.toContain('\uFFFD');
    }
    expect(folded.replace(/\r\n /g, '')).toBe(`SUMMARY:${'稀'.repeat(60)}`);
  });

  it('rejects a malformed start date', () => {
    expect(() => tripPlanToICalendar(result.plan, { startDate: '2025-02-30' })).toThrow('startDate');
  });
});
