import fc from 'fast-check';
import { countSeatSupply, groupSeats, SeatOpening, StrongPair } from './seat-supply';

const opening = (id: string, openSeats: number): SeatOpening => ({ id, openSeats });
const pair = (talentId: string, positionId: string, score: number): StrongPair => ({ talentId, positionId, score });

describe('countSeatSupply', () => {
  it('counts a talent strong for several openings once, at its best opening', () => {
    const rows = countSeatSupply([opening('a', 2), opening('b', 2)], [], [pair('t1', 'a', 80), pair('t1', 'b', 90)]);
    expect(rows.get('b')).toMatchObject({ strongCandidates: 1, strongTalents: 1, supplySeats: 1, gapSeats: 1 });
    expect(rows.get('a')).toMatchObject({ strongCandidates: 1, strongTalents: 0, supplySeats: 0, gapSeats: 2 });
  });

  it('counts a talent at its next opening when better-scoring talents took the seats of its best one', () => {
    const rows = countSeatSupply([opening('a', 1), opening('b', 1)], [], [pair('t1', 'a', 95), pair('t2', 'a', 90), pair('t2', 'b', 75)]);
    expect(rows.get('a')!.strongTalents).toBe(1);
    expect(rows.get('b')!.strongTalents).toBe(1);
  });

  it('adds reachable graduates after the talents and never counts more supply than seats', () => {
    const rows = countSeatSupply([opening('a', 3)], [{ positionId: 'a', expectedCandidates: 1.5 }, { positionId: 'a', expectedCandidates: 1 }], [pair('t1', 'a', 70)]);
    expect(rows.get('a')).toMatchObject({ strongTalents: 1, reachableGraduates: 2.5, supplySeats: 3, gapSeats: 0 });
  });

  it('ignores matches of openings it was not given (closed, filled)', () => {
    const rows = countSeatSupply([opening('a', 1)], [{ positionId: 'x', expectedCandidates: 4 }], [pair('t1', 'x', 99), pair('t1', 'a', 71)]);
    expect(rows.get('a')).toMatchObject({ strongTalents: 1, reachableGraduates: 0, gapSeats: 0 });
    expect(rows.has('x')).toBe(false);
  });

  const instance = fc
    .record({
      seats: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 6 }),
      pairs: fc.array(fc.record({ t: fc.integer({ min: 0, max: 9 }), p: fc.integer({ min: 0, max: 5 }), score: fc.integer({ min: 70, max: 100 }) }), { maxLength: 40 }),
      grads: fc.array(fc.record({ p: fc.integer({ min: 0, max: 5 }), n: fc.double({ min: 0, max: 3, noNaN: true }) }), { maxLength: 10 }),
    })
    .map(({ seats, pairs, grads }) => {
      const openings = seats.map((s, i) => opening(`p${i}`, s));
      // One stored score per pair, as in the match table.
      const unique = new Map(pairs.map((x) => [`t${x.t}|p${x.p % seats.length}`, pair(`t${x.t}`, `p${x.p % seats.length}`, x.score)]));
      return { openings, strong: [...unique.values()], graduates: grads.map((g) => ({ positionId: `p${g.p % seats.length}`, expectedCandidates: g.n })) };
    });

  it('counts every talent once at most, never more talents or supply than seats, gap = seats − supply', () => {
    fc.assert(
      fc.property(instance, ({ openings, strong, graduates }) => {
        const rows = [...countSeatSupply(openings, graduates, strong).values()];
        const talents = new Set(strong.map((s) => s.talentId));
        expect(rows.reduce((s, r) => s + r.strongTalents, 0)).toBeLessThanOrEqual(talents.size);
        for (const r of rows) {
          expect(r.strongTalents).toBeLessThanOrEqual(Math.min(r.openSeats, r.strongCandidates));
          expect(r.supplySeats).toBeLessThanOrEqual(r.openSeats);
          expect(r.gapSeats).toBeGreaterThanOrEqual(0);
          expect(r.gapSeats).toBeCloseTo(r.openSeats - r.supplySeats, 9);
        }
      }),
    );
  });

  it('leaves a talent uncounted only when every opening it is strong for is full of talents', () => {
    fc.assert(
      fc.property(instance, ({ openings, strong, graduates }) => {
        const rows = countSeatSupply(openings, graduates, strong);
        const counted = [...rows.values()].reduce((s, r) => s + r.strongTalents, 0);
        const talents = new Set(strong.map((s) => s.talentId));
        if (counted < talents.size) {
          // Some talent is left out: then each opening it is strong for has no seat left for talents.
          const byTalent = new Map<string, string[]>();
          for (const s of strong) byTalent.set(s.talentId, [...(byTalent.get(s.talentId) ?? []), s.positionId]);
          const full = (p: string) => rows.get(p)!.strongTalents >= rows.get(p)!.openSeats;
          const fullTalents = [...byTalent.values()].filter((ps) => ps.every(full)).length;
          expect(fullTalents).toBeGreaterThanOrEqual(talents.size - counted);
        }
      }),
    );
  });

  it('gives the same counts whatever the order of its inputs', () => {
    fc.assert(
      fc.property(instance, fc.integer(), ({ openings, strong, graduates }, seed) => {
        const shuffle = <T>(xs: readonly T[]) => [...xs].map((x, i) => ({ x, k: (i * 2654435761 + seed) % 1000 })).sort((a, b) => a.k - b.k).map((e) => e.x);
        const a = countSeatSupply(openings, graduates, strong);
        const b = countSeatSupply(shuffle(openings), shuffle(graduates), shuffle(strong));
        for (const [id, row] of a) {
          const other = b.get(id)!;
          expect(other.strongTalents).toBe(row.strongTalents);
          expect(other.reachableGraduates).toBeCloseTo(row.reachableGraduates, 9);
        }
      }),
    );
  });
});

describe('groupSeats', () => {
  it('shares an opening with several keys equally, so the groups add up to the whole', () => {
    const rows = [...countSeatSupply([opening('a', 3), opening('b', 1)], [], [pair('t1', 'a', 80)]).values()];
    const groups = groupSeats(rows, (r) => (r.positionId === 'a' ? ['化学', '材料'] : ['材料']));
    expect(groups.get('化学')).toMatchObject({ openSeats: 1.5, strongTalents: 0.5, supplySeats: 0.5, gapSeats: 1 });
    expect(groups.get('材料')).toMatchObject({ openSeats: 2.5, strongTalents: 0.5, supplySeats: 0.5, gapSeats: 2 });
  });
});
