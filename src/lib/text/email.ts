/**
 * One e-mail address check for user text (CSV import, invitations, …). Linear: a length limit first,
 * then a single pass over the characters; no regular expression that can backtrack. The old pattern
 * /^[^\s@]+@[^\s@]+\.[^\s@]+$/ was quadratic on input like "a@" + "a."×n + "@" (seconds at 80 kB).
 */
export const MAX_EMAIL_LENGTH = 254;

/** Same meaning as the old pattern: one "@", no white space, a dot in the domain with text on both sides. */
export function isEmailAddress(value: string): boolean {
  if (typeof value !== "string" || value.length < 5 || value.length > MAX_EMAIL_LENGTH) return false;
  let at = -1;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    // white space as \s sees it in the ASCII range and the common Unicode spaces
    if (
      c <= 0x20 ||
      c === 0x7f ||
      c === 0xa0 ||
      c === 0x1680 ||
      (c >= 0x2000 && c <= 0x200a) ||
      c === 0x2028 ||
      c === 0x2029 ||
      c === 0x202f ||
      c === 0x205f ||
      c === 0x3000 ||
      c === 0xfeff
    ) {
      return false;
    }
    if (c === 0x40 /* @ */) {
      if (at !== -1) return false;
      at = i;
    }
  }
  if (at < 1) return false;
  const lastDot = value.lastIndexOf(".");
  // a dot after the "@" with at least one character between "@" and the dot, and one after it
  return lastDot > at + 1 && lastDot < value.length - 1;
}
