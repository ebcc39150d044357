/**
 * Characters that show nothing on their own: white space, control and format
 * characters (zero-width spaces and joiners, direction marks), combining marks
 * without a base, and the blank fillers some scripts have.
 */
const VISIBLE = /[^\p{White_Space}\p{Cc}\p{Cf}\p{Z}\p{M}\p{Cn}\u115F\u1160\u2800\u3164\uFFA0]/u;

/** Whether a text shows at least one character: a title of spaces or zero-width characters shows nothing. */
export function hasVisibleText(value: unknown): boolean {
  return typeof value === 'string' && VISIBLE.test(value);
}
