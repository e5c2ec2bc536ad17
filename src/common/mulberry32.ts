/**
 * mulberry32: a 32-bit seeded PRNG, small, fast, good enough for synthetic data and tests, and identical
 * on every platform. Never Math.random where results must be reproducible. Pure (usable by the engine).
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
