/**
 * A user's e-mail address, where reminders go. The rule is the one browsers
 * apply to `<input type="email">` (the HTML standard's "valid e-mail
 * address"): a local part of printable ASCII without spaces, quotes or angle
 * brackets, `@`, and a domain of dot-separated labels. Stricter than the mail
 * standard on purpose: nothing that could break a mail header gets in.
 */
export const EMAIL_PATTERN =
  /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;
/** The longest address a mail server must accept (RFC 5321's path limit, less the angle brackets). */
export const MAX_EMAIL = 254;
export const EMAIL_RULE = 'an e-mail address such as navn@kommune.dk';

/** Whether `value`, once trimmed, is an e-mail address Kompas accepts. */
export function isEmailAddress(value: string): boolean {
  const trimmed = value.trim();
  return trimmed.length <= MAX_EMAIL && EMAIL_PATTERN.test(trimmed);
}

/**
 * The address as stored: trimmed and in lower case (addresses are compared
 * and shown that way); an empty text or null clears it (null).
 */
export function normaliseEmail(value: string | null): string | null {
  const trimmed = (value ?? '').trim();
  return trimmed ? trimmed.toLowerCase() : null;
}
