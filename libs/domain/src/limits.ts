/**
 * Every size limit of Kompas, in one place: the API's request checks, the plan
 * document's schema and the web app's forms all read them from here, so that a
 * text one side accepts is never refused by the other.
 */

/** A title or a name: one line that shows something. */
export const MAX_TITLE = 300;
/** A description, an ambition, a rationale, a narrative: generous, but bounded so nobody stores a novel by accident. */
export const MAX_TEXT = 20_000;
/** An aiming point's body and a section's body: whole pages of the vision document. */
export const MAX_LONG_TEXT = 200_000;
/** A short label: a committee's short name, an indicator's unit, the trail's "by user" search. */
export const MAX_SHORT_TEXT = 60;
/** Why a change was made (the optional `reason` of every write). */
export const MAX_REASON = 1000;
/** A comment on a node. */
export const MAX_COMMENT = 4000;
/** An assessment's reflection, and a proposed adjustment. */
export const MAX_REFLECTION = 4000;
/** Indicators or observations an assessment names as its evidence. */
export const MAX_EVIDENCE_IDS = 100;
/** A decision's case number ("sag 26/1234"). */
export const MAX_CASE_NUMBER = 60;
/** Changes one adjustment makes at once. */
export const MAX_ADJUSTMENT_CHANGES = 200;

/** Kerneområder of one committee. */
export const MAX_CORE_AREAS = 100;
/** Committees sharing one focus area. */
export const MAX_CO_OWNERS = 50;
/** Focus areas put in order at once (one committee's). */
export const MAX_FOCUS_AREA_ORDER = 1000;

/** A link's strength: 1 (weak) to 3 (strong). */
export const MIN_LINK_STRENGTH = 1;
export const MAX_LINK_STRENGTH = 3;

/** A user's display name. */
export const MAX_USER_NAME = 200;
/** A login: 2–60 letters, digits, dots, dashes or underscores. */
export const USERNAME_PATTERN = /^[A-Za-z0-9._-]{2,60}$/;
export const USERNAME_RULE = '2–60 letters, digits, dots, dashes or underscores';
/** What a sign-in accepts as a login (old logins included) and as a password, before comparing. */
export const MAX_LOGIN = 200;
/** A new password: at least this long; no upper bound worth a user's thought. */
export const MIN_PASSWORD = 12;
export const MAX_PASSWORD = 1000;
/** Committees or units a user is given. */
export const MAX_USER_SCOPES = 100;
