/**
 * Unified social credit codes (统一社会信用代码, GB 32100-2015) for invented enterprises.
 * The organisation-code part is a run of zeros plus a serial number, which no real registration uses,
 * so the codes are obviously fake while passing both check-digit tests (GB 11714 and GB 32100).
 */

const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** GB 11714-1997 check character of an 8-character organisation code body. */
export function orgCodeCheck(body: string): string {
  const weights = [3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const ch = body[i];
    const value = /[0-9]/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 55;
    sum += value * weights[i];
  }
  const c = 11 - (sum % 11);
  if (c === 10) return 'X';
  if (c === 11) return '0';
  return String(c);
}

/** GB 32100-2015 check character over the first 17 characters; weights are 3^i mod 31. */
export function usccCheck(first17: string): string {
  let sum = 0;
  let weight = 1;
  for (let i = 0; i < 17; i++) {
    const value = USCC_CHARSET.indexOf(first17[i]);
    if (value < 0) throw new Error(`invalid USCC character "${first17[i]}"`);
    sum += value * weight;
    weight = (weight * 3) % 31;
  }
  return USCC_CHARSET[(31 - (sum % 31)) % 31];
}

export function isValidUscc(code: string): boolean {
  if (!/^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(code)) return false;
  const orgBody = code.slice(8, 16);
  return orgCodeCheck(orgBody) === code[16] && usccCheck(code.slice(0, 17)) === code[17];
}

/** '9' = market regulator, '1' = enterprise, 150200 = Baotou city; body 0000nnnn is never issued. */
export function fakeCreditCode(serial: number): string {
  const body = `0000${String(serial).padStart(4, '0')}`;
  const first17 = `91150200${body}${orgCodeCheck(body)}`;
  return first17 + usccCheck(first17);
}
