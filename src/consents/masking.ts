/**
 * What an enterprise sees of a talent before consent: enough to tell candidates apart, nothing that
 * reaches the person. Pure functions; the same rules for lists, profiles, exports and contact views.
 */

/** 张伟 → 张*, 欧阳娜娜 → 欧***, Zhang Wei → Z*** W** */
export function maskName(name: string): string {
  const chars = Array.from(name.trim());
  if (chars.length === 0) return '';
  if (/^[\p{Script=Han}·]+$/u.test(name.trim())) return chars[0] + '*'.repeat(Math.max(1, chars.length - 1));
  return name
    .trim()
    .split(/\s+/)
    .map((word) => {
      const w = Array.from(word);
      return w[0] + '*'.repeat(Math.max(1, w.length - 1));
    })
    .join(' ');
}

/** 13800001234 → 138****1234; shorter numbers keep only their last two digits. */
export function maskPhone(phone: string | null): string | null {
  if (!phone) return phone;
  const digits = phone.replace(/\D/g, '');
  if (digits.length >= 11) return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
  return '*'.repeat(Math.max(0, digits.length - 2)) + digits.slice(-2);
}

/** zhang.wei@example.com → z***@example.com */
export function maskEmail(email: string | null): string | null {
  if (!email) return email;
  const at = email.indexOf('@');
  if (at <= 0) return '***';
  return `${email[0]}***${email.slice(at)}`;
}
