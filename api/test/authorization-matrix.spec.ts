import { WHY_NOT_CODES } from '@kompas/domain';
import type { Response } from 'supertest';
import { counterKey } from '../src/modules/auth/sign-in-throttle';
import { Client, Kompas, startKompas, TEST_PASSWORD } from './harness';

type Who = 'admin' | 'director' | 'member' | 'manager' | 'viewer' | 'anon';
const WHO: Who[] = ['admin', 'director', 'member', 'manager', 'viewer', 'anon'];

/**
 * Who may do what, transcribed by hand from the roles table in docs/domain.md: ✓ must
 * answer 2xx, ✗ must be refused (403 when signed in, 401 without a session).
 *
 * - member: a committee member of committee A; manager: the manager of unit A.
 * - Target `.A` is the member's or manager's own (committee A, unit A, or
 *   hanging off them), `.B` someone else's (committee B, unit B).
 * - Indicator and observation routes name what the indicator measures; an
 *   indicator, and the observations recorded on it, belong to the owner of
 *   what it measures (a focus area's committee, an action's unit; the
 *   administrators for an aiming point or the vision).
 * - `+responsible`: an indicator whose responsible person is the viewer, who
 *   may record and correct its observations and nothing more.
 * - The administrator holds no committee or unit: managing committees and
 *   units is not working in them.
 * - `.A-to-B`: moving one's own row to B (all refused), or linking one's own
 *   action to B's focus area (a link belongs to its source).
 * - `self` / `other`: the signed-in user's own user record, or another's.
 *
 * Every documented route must have at least one row here.
 */
const MATRIX = `
method route                                    target                  admin director member manager viewer anon
GET    /api/health                              -                       ✓     ✓        ✓      ✓       ✓      ✓
GET    /api/auth/login                          -                       ✓     ✓        ✓      ✓       ✓      ✓
POST   /api/auth/login                          -                       ✓     ✓        ✓      ✓       ✓      ✓
POST   /api/auth/logout                         -                       ✓     ✓        ✓      ✓       ✓      ✗
GET    /api/auth/me                             -                       ✓     ✓        ✓      ✓       ✓      ✗

GET    /api/audit                               whole                   ✓     ✓        ✗      ✗       ✗      ✗
GET    /api/audit                               focusArea.A             ✓     ✓        ✓      ✓       ✓      ✗
GET    /api/audit                               action.B                ✓     ✓        ✓      ✓       ✓      ✗
GET    /api/audit/verify                        -                       ✓     ✓        ✗      ✗       ✗      ✗
GET    /api/audit/head                          -                       ✓     ✓        ✗      ✗       ✗      ✗
GET    /api/audit/{seq}/import                  -                       ✓     ✗        ✗      ✗       ✗      ✗

GET    /api/users                               -                       ✓     ✗        ✗      ✗       ✗      ✗
POST   /api/users                               -                       ✓     ✗        ✗      ✗       ✗      ✗
GET    /api/users/{id}                          self                    ✓     ✗        ✗      ✗       ✗      ✗
GET    /api/users/{id}                          other                   ✓     ✗        ✗      ✗       ✗      ✗
PATCH  /api/users/{id}                          self                    ✓     ✗        ✗      ✗       ✗      ✗
PATCH  /api/users/{id}                          other                   ✓     ✗        ✗      ✗       ✗      ✗
GET    /api/people                              -                       ✓     ✓        ✓      ✓       ✓      ✗

GET    /api/plans                               -                       ✓     ✓        ✓      ✓       ✓      ✗
POST   /api/plans                               -                       ✓     ✗        ✗      ✗       ✗      ✗
GET    /api/plans/{id}                          -                       ✓     ✓        ✓      ✓       ✓      ✗
PATCH  /api/plans/{id}                          -                       ✓     ✗        ✗      ✗       ✗      ✗
DELETE /api/plans/{id}                          -                       ✓     ✗        ✗      ✗       ✗      ✗
GET    /api/plans/{planId}/graph                -                       ✓     ✓        ✓      ✓       ✓      ✗
GET    /api/plans/{planId}/export               -                       ✓     ✓        ✓      ✓       ✓      ✗
GET    /api/plans/{planId}/health               -                       ✓     ✓        ✓      ✓       ✓      ✗
GET    /api/plans/{planId}/revisions            -                       ✓     ✓        ✓      ✓       ✓      ✗
POST   /api/plans/{planId}/revisions            -                       ✓     ✓        ✗      ✗       ✗      ✗
GET    /api/plans/{planId}/diff                 -                       ✓     ✓        ✓      ✓       ✓      ✗
POST   /api/plans/import                        -                       ✓     ✗        ✗      ✗       ✗      ✗

GET    /api/plans/{planId}/aiming-points        -                       ✓     ✓        ✓      ✓       ✓      ✗
POST   /api/aiming-points                       -                       ✓     ✗        ✗      ✗       ✗      ✗
GET    /api/aiming-points/{id}                  -                       ✓     ✓        ✓      ✓       ✓      ✗
PATCH  /api/aiming-points/{id}                  -                       ✓     ✗        ✗      ✗       ✗      ✗
DELETE /api/aiming-points/{id}                  -                       ✓     ✗        ✗      ✗       ✗      ✗

GET    /api/plans/{planId}/committees           -                       ✓     ✓        ✓      ✓       ✓      ✗
POST   /api/committees                          -                       ✓     ✗        ✗      ✗       ✗      ✗
GET    /api/committees/{id}                     committee.A             ✓     ✓        ✓      ✓       ✓      ✗
PATCH  /api/committees/{id}                     committee.A             ✓     ✗        ✗      ✗       ✗      ✗
PATCH  /api/committees/{id}                     committee.B             ✓     ✗        ✗      ✗       ✗      ✗
DELETE /api/committees/{id}                     -                       ✓     ✗        ✗      ✗       ✗      ✗
PUT    /api/committees/{id}/focus-area-order    committee.A             ✗     ✗        ✓      ✗       ✗      ✗
PUT    /api/committees/{id}/focus-area-order    committee.B             ✗     ✗        ✗      ✗       ✗      ✗

GET    /api/units                               -                       ✓     ✓        ✓      ✓       ✓      ✗
POST   /api/units                               -                       ✓     ✗        ✗      ✗       ✗      ✗
GET    /api/units/{id}                          unit.A                  ✓     ✓        ✓      ✓       ✓      ✗
PATCH  /api/units/{id}                          unit.A                  ✓     ✗        ✗      ✗       ✗      ✗
PATCH  /api/units/{id}                          unit.B                  ✓     ✗        ✗      ✗       ✗      ✗
DELETE /api/units/{id}                          -                       ✓     ✗        ✗      ✗       ✗      ✗

GET    /api/plans/{planId}/focus-areas          -                       ✓     ✓        ✓      ✓       ✓      ✗
POST   /api/focus-areas                         focusArea.A             ✗     ✗        ✓      ✗       ✗      ✗
POST   /api/focus-areas                         focusArea.B             ✗     ✗        ✗      ✗       ✗      ✗
GET    /api/focus-areas/{id}                    focusArea.A             ✓     ✓        ✓      ✓       ✓      ✗
GET    /api/focus-areas/{id}                    focusArea.B             ✓     ✓        ✓      ✓       ✓      ✗
PATCH  /api/focus-areas/{id}                    focusArea.A             ✗     ✗        ✓      ✗       ✗      ✗
PATCH  /api/focus-areas/{id}                    focusArea.B             ✗     ✗        ✗      ✗       ✗      ✗
PATCH  /api/focus-areas/{id}                    focusArea.A-to-B        ✗     ✗        ✗      ✗       ✗      ✗
DELETE /api/focus-areas/{id}                    focusArea.A             ✗     ✗        ✓      ✗       ✗      ✗
DELETE /api/focus-areas/{id}                    focusArea.B             ✗     ✗        ✗      ✗       ✗      ✗

GET    /api/plans/{planId}/actions              -                       ✓     ✓        ✓      ✓       ✓      ✗
POST   /api/actions                             action.A                ✗     ✗        ✗      ✓       ✗      ✗
POST   /api/actions                             action.B                ✗     ✗        ✗      ✗       ✗      ✗
GET    /api/actions/{id}                        action.A                ✓     ✓        ✓      ✓       ✓      ✗
GET    /api/actions/{id}                        action.B                ✓     ✓        ✓      ✓       ✓      ✗
PATCH  /api/actions/{id}                        action.A                ✗     ✗        ✗      ✓       ✗      ✗
PATCH  /api/actions/{id}                        action.B                ✗     ✗        ✗      ✗       ✗      ✗
PATCH  /api/actions/{id}                        action.A-to-B           ✗     ✗        ✗      ✗       ✗      ✗
DELETE /api/actions/{id}                        action.A                ✗     ✗        ✗      ✓       ✗      ✗
DELETE /api/actions/{id}                        action.B                ✗     ✗        ✗      ✗       ✗      ✗

GET    /api/plans/{planId}/indicators           -                       ✓     ✓        ✓      ✓       ✓      ✗
POST   /api/indicators                          focusArea.A             ✗     ✗        ✓      ✗       ✗      ✗
POST   /api/indicators                          focusArea.B             ✗     ✗        ✗      ✗       ✗      ✗
POST   /api/indicators                          action.A                ✗     ✗        ✗      ✓       ✗      ✗
POST   /api/indicators                          action.B                ✗     ✗        ✗      ✗       ✗      ✗
POST   /api/indicators                          aimingPoint             ✓     ✗        ✗      ✗       ✗      ✗
POST   /api/indicators                          vision                  ✓     ✗        ✗      ✗       ✗      ✗
GET    /api/indicators/{id}                     focusArea.B             ✓     ✓        ✓      ✓       ✓      ✗
GET    /api/indicators/{id}                     action.B                ✓     ✓        ✓      ✓       ✓      ✗
PATCH  /api/indicators/{id}                     focusArea.A             ✗     ✗        ✓      ✗       ✗      ✗
PATCH  /api/indicators/{id}                     focusArea.B             ✗     ✗        ✗      ✗       ✗      ✗
PATCH  /api/indicators/{id}                     action.A                ✗     ✗        ✗      ✓       ✗      ✗
PATCH  /api/indicators/{id}                     action.B                ✗     ✗        ✗      ✗       ✗      ✗
PATCH  /api/indicators/{id}                     aimingPoint             ✓     ✗        ✗      ✗       ✗      ✗
PATCH  /api/indicators/{id}                     vision                  ✓     ✗        ✗      ✗       ✗      ✗
PATCH  /api/indicators/{id}                     action.B+responsible    ✗     ✗        ✗      ✗       ✗      ✗
PATCH  /api/indicators/{id}                     vision+responsible      ✓     ✗        ✗      ✗       ✗      ✗
DELETE /api/indicators/{id}                     focusArea.A             ✗     ✗        ✓      ✗       ✗      ✗
DELETE /api/indicators/{id}                     focusArea.B             ✗     ✗        ✗      ✗       ✗      ✗
DELETE /api/indicators/{id}                     action.A                ✗     ✗        ✗      ✓       ✗      ✗
DELETE /api/indicators/{id}                     action.B                ✗     ✗        ✗      ✗       ✗      ✗
DELETE /api/indicators/{id}                     aimingPoint             ✓     ✗        ✗      ✗       ✗      ✗
DELETE /api/indicators/{id}                     vision                  ✓     ✗        ✗      ✗       ✗      ✗
DELETE /api/indicators/{id}                     action.B+responsible    ✗     ✗        ✗      ✗       ✗      ✗

GET    /api/indicators/{id}/observations        action.B                ✓     ✓        ✓      ✓       ✓      ✗
POST   /api/indicators/{id}/observations        action.A                ✗     ✗        ✗      ✓       ✗      ✗
POST   /api/indicators/{id}/observations        action.B                ✗     ✗        ✗      ✗       ✗      ✗
POST   /api/indicators/{id}/observations        focusArea.A             ✗     ✗        ✓      ✗       ✗      ✗
POST   /api/indicators/{id}/observations        focusArea.B             ✗     ✗        ✗      ✗       ✗      ✗
POST   /api/indicators/{id}/observations        aimingPoint             ✓     ✗        ✗      ✗       ✗      ✗
POST   /api/indicators/{id}/observations        vision                  ✓     ✗        ✗      ✗       ✗      ✗
POST   /api/indicators/{id}/observations        action.B+responsible    ✗     ✗        ✗      ✗       ✓      ✗
POST   /api/indicators/{id}/observations        focusArea.B+responsible ✗     ✗        ✗      ✗       ✓      ✗
POST   /api/indicators/{id}/observations        vision+responsible      ✓     ✗        ✗      ✗       ✓      ✗
GET    /api/observations/{id}                   action.B                ✓     ✓        ✓      ✓       ✓      ✗
POST   /api/observations/{id}/supersede         action.A                ✗     ✗        ✗      ✓       ✗      ✗
POST   /api/observations/{id}/supersede         action.B                ✗     ✗        ✗      ✗       ✗      ✗
POST   /api/observations/{id}/supersede         focusArea.A             ✗     ✗        ✓      ✗       ✗      ✗
POST   /api/observations/{id}/supersede         focusArea.B             ✗     ✗        ✗      ✗       ✗      ✗
POST   /api/observations/{id}/supersede         aimingPoint             ✓     ✗        ✗      ✗       ✗      ✗
POST   /api/observations/{id}/supersede         vision                  ✓     ✗        ✗      ✗       ✗      ✗
POST   /api/observations/{id}/supersede         action.B+responsible    ✗     ✗        ✗      ✗       ✓      ✗
POST   /api/observations/{id}/supersede         vision+responsible      ✓     ✗        ✗      ✗       ✓      ✗
POST   /api/plans/{planId}/observations/import  action.A                ✗     ✗        ✗      ✓       ✗      ✗
POST   /api/plans/{planId}/observations/import  action.B                ✗     ✗        ✗      ✗       ✗      ✗
POST   /api/plans/{planId}/observations/import  focusArea.A             ✗     ✗        ✓      ✗       ✗      ✗
POST   /api/plans/{planId}/observations/import  focusArea.B             ✗     ✗        ✗      ✗       ✗      ✗

GET    /api/plans/{planId}/links                -                       ✓     ✓        ✓      ✓       ✓      ✗
POST   /api/links                               supports.A              ✗     ✗        ✓      ✗       ✗      ✗
POST   /api/links                               supports.B              ✗     ✗        ✗      ✗       ✗      ✗
POST   /api/links                               contributes.A           ✗     ✗        ✗      ✓       ✗      ✗
POST   /api/links                               contributes.B           ✗     ✗        ✗      ✗       ✗      ✗
POST   /api/links                               contributes.A-to-B      ✗     ✗        ✗      ✓       ✗      ✗
GET    /api/links/{id}                          supports.B              ✓     ✓        ✓      ✓       ✓      ✗
GET    /api/links/{id}                          contributes.B           ✓     ✓        ✓      ✓       ✓      ✗
PATCH  /api/links/{id}                          supports.A              ✗     ✗        ✓      ✗       ✗      ✗
PATCH  /api/links/{id}                          supports.B              ✗     ✗        ✗      ✗       ✗      ✗
PATCH  /api/links/{id}                          contributes.A           ✗     ✗        ✗      ✓       ✗      ✗
PATCH  /api/links/{id}                          contributes.B           ✗     ✗        ✗      ✗       ✗      ✗
DELETE /api/links/{id}                          supports.A              ✗     ✗        ✓      ✗       ✗      ✗
DELETE /api/links/{id}                          supports.B              ✗     ✗        ✗      ✗       ✗      ✗
DELETE /api/links/{id}                          contributes.A           ✗     ✗        ✗      ✓       ✗      ✗
DELETE /api/links/{id}                          contributes.B           ✗     ✗        ✗      ✗       ✗      ✗

GET    /api/nodes/{id}/comments                 focusArea.B             ✓     ✓        ✓      ✓       ✓      ✗
POST   /api/nodes/{id}/comments                 vision                  ✓     ✓        ✓      ✓       ✓      ✗
POST   /api/nodes/{id}/comments                 focusArea.A             ✓     ✓        ✓      ✓       ✓      ✗
POST   /api/nodes/{id}/comments                 focusArea.B             ✓     ✓        ✓      ✓       ✓      ✗
POST   /api/nodes/{id}/comments                 action.B                ✓     ✓        ✓      ✓       ✓      ✗
POST   /api/nodes/{id}/comments/read            focusArea.B             ✓     ✓        ✓      ✓       ✓      ✗

GET    /api/plans/{planId}/due                  -                       ✓     ✓        ✓      ✓       ✓      ✗
GET    /api/plans/{planId}/report.pdf           -                       ✓     ✓        ✓      ✓       ✓      ✗
GET    /api/plans/{planId}/report.xlsx          -                       ✓     ✓        ✓      ✓       ✓      ✗
GET    /api/plans/{planId}/alignment            -                       ✓     ✓        ✓      ✓       ✓      ✗
GET    /api/plans/{planId}/alignment.pdf        -                       ✓     ✓        ✓      ✓       ✓      ✗
GET    /api/plans/{planId}/alignment.xlsx       -                       ✓     ✓        ✓      ✓       ✓      ✗

POST   /api/assessments                         focusArea.A             ✓     ✓        ✓      ✗       ✗      ✗
POST   /api/assessments                         action.B                ✓     ✓        ✗      ✗       ✗      ✗
POST   /api/assessments                         aimingPoint             ✓     ✓        ✗      ✗       ✗      ✗
GET    /api/nodes/{nodeId}/assessments          focusArea.B             ✓     ✓        ✓      ✓       ✓      ✗
GET    /api/plans/{planId}/assessments          -                       ✓     ✓        ✓      ✓       ✓      ✗
POST   /api/assessments/{id}/decline            focusArea.A             ✓     ✓        ✓      ✗       ✗      ✗
POST   /api/assessments/{id}/decline            action.A                ✓     ✓        ✗      ✓       ✗      ✗
POST   /api/adjustments                         focusArea.A             ✗     ✗        ✓      ✗       ✗      ✗
POST   /api/adjustments                         focusArea.B             ✗     ✗        ✗      ✗       ✗      ✗
POST   /api/adjustments                         action.A                ✗     ✗        ✗      ✓       ✗      ✗
POST   /api/adjustments/{id}/apply              action.A                ✗     ✗        ✗      ✓       ✗      ✗
POST   /api/adjustments/{id}/apply              action.B                ✗     ✗        ✗      ✗       ✗      ✗
GET    /api/plans/{planId}/adjustments          -                       ✓     ✓        ✓      ✓       ✓      ✗

POST   /api/plans/{planId}/scenarios            -                       ✗     ✓        ✓      ✗       ✗      ✗
GET    /api/plans/{planId}/scenarios            -                       ✗     ✓        ✓      ✗       ✗      ✗
GET    /api/scenarios/{id}                      own                     ✗     ✓        ✓      ✗       ✗      ✗
PUT    /api/scenarios/{id}/changes              own                     ✗     ✓        ✓      ✗       ✗      ✗
GET    /api/scenarios/{id}/preview              own                     ✗     ✓        ✓      ✗       ✗      ✗
POST   /api/scenarios/{id}/apply                focusArea.A             ✗     ✗        ✓      ✗       ✗      ✗
DELETE /api/scenarios/{id}                      own                     ✗     ✓        ✓      ✗       ✗      ✗

POST   /api/restore/{id}                        focusArea.A             ✗     ✗        ✓      ✗       ✗      ✗
POST   /api/restore/{id}                        focusArea.B             ✗     ✗        ✗      ✗       ✗      ✗
POST   /api/restore/{id}                        action.A                ✗     ✗        ✗      ✓       ✗      ✗
POST   /api/restore/{id}                        action.B                ✗     ✗        ✗      ✗       ✗      ✗
POST   /api/restore/{id}                        indicatorOfFocusArea.A  ✗     ✗        ✓      ✗       ✗      ✗
POST   /api/restore/{id}                        indicatorOfFocusArea.B  ✗     ✗        ✗      ✗       ✗      ✗
POST   /api/restore/{id}                        indicatorOfAction.A     ✗     ✗        ✗      ✓       ✗      ✗
POST   /api/restore/{id}                        indicatorOfAction.B     ✗     ✗        ✗      ✗       ✗      ✗
POST   /api/restore/{id}                        indicatorOfAimingPoint  ✓     ✗        ✗      ✗       ✗      ✗
POST   /api/restore/{id}                        indicatorOfVision       ✓     ✗        ✗      ✗       ✗      ✗
POST   /api/restore/{id}                        supports.A              ✗     ✗        ✓      ✗       ✗      ✗
POST   /api/restore/{id}                        supports.B              ✗     ✗        ✗      ✗       ✗      ✗
POST   /api/restore/{id}                        contributes.A           ✗     ✗        ✗      ✓       ✗      ✗
POST   /api/restore/{id}                        contributes.B           ✗     ✗        ✗      ✗       ✗      ✗
POST   /api/restore/{id}                        plan                    ✓     ✗        ✗      ✗       ✗      ✗
POST   /api/restore/{id}                        aimingPoint             ✓     ✗        ✗      ✗       ✗      ✗
POST   /api/restore/{id}                        committee               ✓     ✗        ✗      ✗       ✗      ✗
POST   /api/restore/{id}                        unit                    ✓     ✗        ✗      ✗       ✗      ✗
`;

type Row = { route: string; target: string; allowed: Record<Who, boolean> };

function parseMatrix(text: string): Row[] {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const header = lines[0].split(/\s+/);
  if (header.slice(3).join(' ') !== WHO.join(' ')) throw new Error(`The matrix's columns must be ${WHO.join(', ')}`);
  return lines.slice(1).map((line) => {
    const [method, path, target, ...marks] = line.split(/\s+/);
    if (marks.length !== WHO.length || marks.some((m) => m !== '✓' && m !== '✗')) throw new Error(`Unreadable matrix row: ${line}`);
    return {
      route: `${method} ${path}`,
      target,
      allowed: Object.fromEntries(WHO.map((w, i) => [w, marks[i] === '✓'])) as Record<Who, boolean>,
    };
  });
}

const ROWS = parseMatrix(MATRIX);

type Owner = 'A' | 'B';
type Entity = { id: string; version?: number };
type Outcome = { who: Who; route: string; target: string; url: string; method: string; status: number; allowed: boolean };

describe('who may do what, on every route', () => {
  let k: Kompas;
  const clients = {} as Record<Who, Client>;
  const userIds = {} as Record<Exclude<Who, 'anon'>, string>;
  const usernames = {} as Record<Exclude<Who, 'anon'>, string>;
  const outcomes: Outcome[] = [];
  let n = 0;
  const next = () => ++n;

  // The shared rows: a plan, one aiming point, committees A and B, units A and B, and what hangs off them.
  let plan: Entity;
  let aimingPoint: Entity;
  const committee = {} as Record<Owner, Entity>;
  const unit = {} as Record<Owner, Entity>;
  const focusArea = {} as Record<Owner, Entity>;
  const action = {} as Record<Owner, Entity>;
  const indicator = {} as Record<'focusArea' | 'action', Record<Owner, Entity>>;
  const topIndicator = {} as Record<'aimingPoint' | 'vision', Entity>;
  /** Indicators whose responsible person is the viewer, by target (`action.B`). */
  const responsibleIndicator = {} as Record<string, Entity>;
  const observation = {} as Record<Owner, Entity>;
  const supports = {} as Record<Owner, Entity>;
  const contributes = {} as Record<Owner, Entity>;
  let subject: Entity;
  let importDocument: unknown;

  /** Makes the rows the cases work on: an administrator on committees A and B and over units A and B (granted once they exist). */
  let maker: Client;
  const made = async (url: string, body: object): Promise<Entity> => {
    const res = await maker.post(url).send(body);
    if (res.status !== 201) throw new Error(`setting up ${url} failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as Entity;
  };
  const etagOf = async (url: string): Promise<string> => {
    const res = await k.http.get(url);
    if (res.status !== 200 || !res.headers['etag']) throw new Error(`no version for ${url}: ${res.status}`);
    return res.headers['etag'] as string;
  };
  const remove = async (url: string) => {
    const res = await maker.delete(url).set('If-Match', await etagOf(url));
    if (res.status !== 204) throw new Error(`deleting ${url} failed: ${res.status} ${JSON.stringify(res.body)}`);
  };

  // Fresh rows, made by the maker, so that no case depends on another.
  const fresh = {
    plan: () =>
      made('/api/plans', { organisation: 'Testrup Kommune', title: `Plan ${next()}`, periodStart: '2026-01-01', periodEnd: '2029-12-31' }),
    aimingPoint: () => made('/api/aiming-points', { planId: plan.id, title: `Sigtepunkt ${next()}` }),
    committee: () => made('/api/committees', { planId: plan.id, name: `Udvalg ${next()}` }),
    unit: () => made('/api/units', { name: `Enhed ${next()}` }),
    focusArea: (o: Owner) => made('/api/focus-areas', { committeeId: committee[o].id, title: `Fokusområde ${next()}` }),
    action: (o: Owner) => made('/api/actions', { planId: plan.id, unitId: unit[o].id, title: `Handling ${next()}` }),
    indicator: (measures: 'focusArea' | 'action', o: Owner, more: object = {}) =>
      made('/api/indicators', {
        [`${measures}Id`]: (measures === 'focusArea' ? focusArea : action)[o].id,
        ...indicatorFields(),
        ...more,
      }),
    /** An indicator of the plan's aiming point or of its vision, made by an administrator. */
    topIndicator: (measures: 'aimingPoint' | 'vision', more: object = {}) =>
      made('/api/indicators', {
        ...(measures === 'aimingPoint' ? { aimingPointId: aimingPoint.id } : { measuresVision: true, planId: plan.id }),
        ...indicatorFields(),
        ...more,
      }),
    observation: (ind: Entity) => made(`/api/indicators/${ind.id}/observations`, { ...dayPeriod(), value: 50 }),
    supports: async (o: Owner) => made('/api/links', { sourceId: (await fresh.focusArea(o)).id, targetId: aimingPoint.id }),
    contributes: async (o: Owner) => made('/api/links', { sourceId: (await fresh.action(o)).id, targetId: focusArea[o].id }),
  };
  const indicatorFields = () => ({
    title: `Indikator ${next()}`,
    type: 'quantitative',
    evidenceKind: 'statistics',
    cadence: 'yearly',
    unit: '%',
    direction: 'up',
  });
  // One day of its own for every observation, counted from 1 January 2024.
  const dayPeriod = () => {
    const day = new Date(Date.UTC(2024, 0, next())).toISOString().slice(0, 10);
    return { periodStart: day, periodEnd: day };
  };

  /** A row of the given kind, deleted, ready to be restored. */
  const deleted = async (target: string): Promise<Entity> => {
    const [kind, o] = target.split('.') as [string, Owner];
    const make: Record<string, () => Promise<[Entity, string]>> = {
      focusArea: async () => [await fresh.focusArea(o), 'focus-areas'],
      action: async () => [await fresh.action(o), 'actions'],
      indicatorOfFocusArea: async () => [await fresh.indicator('focusArea', o), 'indicators'],
      indicatorOfAction: async () => [await fresh.indicator('action', o), 'indicators'],
      indicatorOfAimingPoint: async () => [await fresh.topIndicator('aimingPoint'), 'indicators'],
      indicatorOfVision: async () => [await fresh.topIndicator('vision'), 'indicators'],
      supports: async () => [await fresh.supports(o), 'links'],
      contributes: async () => [await fresh.contributes(o), 'links'],
      plan: async () => [await fresh.plan(), 'plans'],
      aimingPoint: async () => [await fresh.aimingPoint(), 'aiming-points'],
      committee: async () => [await fresh.committee(), 'committees'],
      unit: async () => [await fresh.unit(), 'units'],
    };
    const [row, path] = await make[kind]();
    await remove(`/api/${path}/${row.id}`);
    return row;
  };

  /** The owner a target names: `focusArea.A` → A; `focusArea.A-to-B` (moving it, or linking it, to B's) → A. */
  const ownerOf = (target: string): Owner => {
    const o = target.split('+')[0].split('.')[1]?.split('-to-')[0];
    if (o !== 'A' && o !== 'B') throw new Error(`target ${target} names no owner`);
    return o;
  };
  const movedTo = (target: string): Owner | null => (target.split('-to-')[1] as Owner | undefined) ?? null;
  const measuredBy = (target: string) => target.split('.')[0] as 'focusArea' | 'action';
  /** The shared indicator a target names: of a focus area or action of A or B, of the aiming point or the vision, maybe with the viewer responsible. */
  const indicatorOf = (target: string): Entity => {
    const [base, plus] = target.split('+');
    if (plus === 'responsible') return responsibleIndicator[base];
    if (base === 'aimingPoint' || base === 'vision') return topIndicator[base];
    return indicator[measuredBy(base)][ownerOf(base)];
  };
  /** A new indicator of what a target names, for a case that uses it up. */
  const freshIndicator = (target: string): Promise<Entity> => {
    const [base, plus] = target.split('+');
    const more = plus === 'responsible' ? { responsibleUserId: userIds.viewer } : {};
    if (base === 'aimingPoint' || base === 'vision') return fresh.topIndicator(base, more);
    return fresh.indicator(measuredBy(base), ownerOf(base), more);
  };
  const linkOf = (target: string) => (target.startsWith('supports') ? supports : contributes)[ownerOf(target)];

  type Case = (c: { who: Who; target: string; as: Client }) => Promise<{ url: string; res: Response }>;
  const send = async (url: string, res: Promise<Response> | PromiseLike<Response>) => ({ url, res: await res });
  const patch = async (as: Client, url: string, body: object) =>
    send(
      url,
      as
        .patch(url)
        .set('If-Match', await etagOf(url))
        .send(body),
    );
  const del = async (as: Client, url: string) => send(url, as.delete(url).set('If-Match', await etagOf(url)));
  const get = (as: Client, url: string) => send(url, as.get(url));
  const post = (as: Client, url: string, body?: object) => send(url, body === undefined ? as.post(url) : as.post(url).send(body));

  const COUNCIL = { decidedBy: 'council', decidedAt: '2026-05-12', caseNumber: 'sag 26/1234' };
  let decider: Client | undefined;

  /** Those who may stage scenarios, each with scenarios of their own; anyone else is handed a director's (and refused before it is looked up). */
  const stagers: Partial<Record<Who, Client>> = {};
  let scenarioDirector: Client | undefined;
  const director = () => scenarioDirector!;
  const scenarioOf = async (who: Who): Promise<string> => {
    if (who === 'director' || who === 'member') stagers[who] = clients[who];
    scenarioDirector ??= await k.as('director', { name: 'Scenariernes Direktør' });
    const res = await (stagers[who] ?? director()).post(`/api/plans/${plan.id}/scenarios`).send({});
    if (res.status !== 201) throw new Error(`starting a scenario failed: ${res.status} ${JSON.stringify(res.body)}`);
    return (res.body as { id: string }).id;
  };
  const put = (as: Client, url: string, body: object) => send(url, as.put(url).send(body));

  /** How each route is called, for each target. */
  const CASES: Record<string, Case> = {
    'GET /api/health': ({ as }) => get(as, '/api/health'),
    'GET /api/auth/login': ({ as }) => get(as, '/api/auth/login'),
    'POST /api/auth/login': ({ as, who }) =>
      post(as, '/api/auth/login', { username: usernames[who === 'anon' ? 'viewer' : who], password: TEST_PASSWORD }),
    'POST /api/auth/logout': async ({ as, who }) => {
      if (who === 'anon') return post(as, '/api/auth/logout');
      // A second session of the same user, so the one the other cases use stays open.
      const login = await k.anon.post('/api/auth/login').send({ username: usernames[who], password: TEST_PASSWORD }).expect(200);
      const cookie = (login.headers['set-cookie'] as unknown as string[]).map((c) => c.split(';')[0]).join('; ');
      return send('/api/auth/logout', as.post('/api/auth/logout').set('Cookie', cookie));
    },
    'GET /api/auth/me': ({ as }) => get(as, '/api/auth/me'),

    'GET /api/audit': ({ as, target }) =>
      get(
        as,
        target === 'whole'
          ? '/api/audit'
          : `/api/audit?entityId=${(measuredBy(target) === 'focusArea' ? focusArea : action)[ownerOf(target)].id}`,
      ),
    'GET /api/audit/verify': ({ as }) => get(as, '/api/audit/verify'),
    'GET /api/audit/head': ({ as }) => get(as, '/api/audit/head'),
    'GET /api/audit/{seq}/import': async ({ as }) => {
      const imports = () =>
        k.dataSource.query(`SELECT max("seq") AS "seq" FROM "audit_entry" WHERE "record" IS NOT NULL`) as Promise<{ seq: number | null }[]>;
      if (!(await imports())[0].seq)
        await k.http
          .post('/api/plans/import')
          .send(importDocument as object)
          .expect(201);
      return get(as, `/api/audit/${(await imports())[0].seq}/import`);
    },

    'GET /api/users': ({ as }) => get(as, '/api/users'),
    'GET /api/people': ({ as }) => get(as, '/api/people'),
    'POST /api/users': ({ as }) =>
      post(as, '/api/users', { username: `ny-${next()}`, name: 'Ny Bruger', password: 'et langt og godt kodeord', roles: ['viewer'] }),
    'GET /api/users/{id}': ({ as, who, target }) =>
      get(as, `/api/users/${target === 'self' && who !== 'anon' ? userIds[who] : subject.id}`),
    'PATCH /api/users/{id}': ({ as, who, target }) =>
      patch(as, `/api/users/${target === 'self' && who !== 'anon' ? userIds[who] : subject.id}`, { name: `Navn ${next()}` }),

    'GET /api/plans': ({ as }) => get(as, '/api/plans'),
    'POST /api/plans': ({ as }) =>
      post(as, '/api/plans', {
        organisation: 'Testrup Kommune',
        title: `Plan ${next()}`,
        periodStart: '2026-01-01',
        periodEnd: '2029-12-31',
      }),
    'GET /api/plans/{id}': ({ as }) => get(as, `/api/plans/${plan.id}`),
    'PATCH /api/plans/{id}': async ({ as }) => patch(as, `/api/plans/${(await fresh.plan()).id}`, { title: `Ny titel ${next()}` }),
    'DELETE /api/plans/{id}': async ({ as }) => del(as, `/api/plans/${(await fresh.plan()).id}`),
    'GET /api/plans/{planId}/graph': ({ as }) => get(as, `/api/plans/${plan.id}/graph`),
    'GET /api/plans/{planId}/export': ({ as }) => get(as, `/api/plans/${plan.id}/export`),
    'GET /api/plans/{planId}/health': ({ as }) => get(as, `/api/plans/${plan.id}/health?lang=en`),
    'GET /api/plans/{planId}/revisions': ({ as }) => get(as, `/api/plans/${plan.id}/revisions`),
    'POST /api/plans/{planId}/revisions': ({ as }) =>
      post(as, `/api/plans/${plan.id}/revisions`, {
        name: `Revision ${next()}`,
        decidedAt: '2026-03-01',
        decidedBy: 'Byrådet',
        caseNumber: 'sag 26/1234',
      }),
    'GET /api/plans/{planId}/diff': ({ as }) => get(as, `/api/plans/${plan.id}/diff?from=now&to=now`),
    'POST /api/plans/import': ({ as }) => post(as, '/api/plans/import', importDocument as object),

    'GET /api/plans/{planId}/aiming-points': ({ as }) => get(as, `/api/plans/${plan.id}/aiming-points`),
    'POST /api/aiming-points': ({ as }) => post(as, '/api/aiming-points', { planId: plan.id, title: `Sigtepunkt ${next()}` }),
    'GET /api/aiming-points/{id}': ({ as }) => get(as, `/api/aiming-points/${aimingPoint.id}`),
    'PATCH /api/aiming-points/{id}': async ({ as }) =>
      patch(as, `/api/aiming-points/${(await fresh.aimingPoint()).id}`, { ambition: `Vi vil ${next()}` }),
    'DELETE /api/aiming-points/{id}': async ({ as }) => del(as, `/api/aiming-points/${(await fresh.aimingPoint()).id}`),

    'GET /api/plans/{planId}/committees': ({ as }) => get(as, `/api/plans/${plan.id}/committees`),
    'POST /api/committees': ({ as }) => post(as, '/api/committees', { planId: plan.id, name: `Udvalg ${next()}` }),
    'GET /api/committees/{id}': ({ as, target }) => get(as, `/api/committees/${committee[ownerOf(target)].id}`),
    'PATCH /api/committees/{id}': ({ as, target }) =>
      patch(as, `/api/committees/${committee[ownerOf(target)].id}`, { shortName: `Kort ${next()}` }),
    'DELETE /api/committees/{id}': async ({ as }) => del(as, `/api/committees/${(await fresh.committee()).id}`),
    'PUT /api/committees/{id}/focus-area-order': async ({ as, target }) => {
      const id = committee[ownerOf(target)].id;
      const lane = async () => (await k.http.get(`/api/plans/${plan.id}/focus-areas?committeeId=${id}`).expect(200)).body as Entity[];
      // Two at least, so that the reversed order is a change (a reorder that changes nothing writes nothing).
      if ((await lane()).length < 2) await fresh.focusArea(ownerOf(target));
      const list = await lane();
      const url = `/api/committees/${id}/focus-area-order`;
      return send(url, as.put(url).send({ focusAreaIds: list.map((f) => f.id).reverse() }));
    },

    'GET /api/units': ({ as }) => get(as, '/api/units'),
    'POST /api/units': ({ as }) => post(as, '/api/units', { name: `Enhed ${next()}` }),
    'GET /api/units/{id}': ({ as, target }) => get(as, `/api/units/${unit[ownerOf(target)].id}`),
    'PATCH /api/units/{id}': ({ as, target }) => patch(as, `/api/units/${unit[ownerOf(target)].id}`, { name: `Enhed ${next()}` }),
    'DELETE /api/units/{id}': async ({ as }) => del(as, `/api/units/${(await fresh.unit()).id}`),

    'GET /api/plans/{planId}/focus-areas': ({ as }) => get(as, `/api/plans/${plan.id}/focus-areas`),
    'POST /api/focus-areas': ({ as, target }) =>
      post(as, '/api/focus-areas', { committeeId: committee[ownerOf(target)].id, title: `Fokusområde ${next()}` }),
    'GET /api/focus-areas/{id}': ({ as, target }) => get(as, `/api/focus-areas/${focusArea[ownerOf(target)].id}`),
    'PATCH /api/focus-areas/{id}': async ({ as, target }) => {
      const to = movedTo(target);
      if (!to) return patch(as, `/api/focus-areas/${focusArea[ownerOf(target)].id}`, { description: `Beskrivelse ${next()}` });
      return patch(as, `/api/focus-areas/${(await fresh.focusArea(ownerOf(target))).id}`, { committeeId: committee[to].id });
    },
    'DELETE /api/focus-areas/{id}': async ({ as, target }) => del(as, `/api/focus-areas/${(await fresh.focusArea(ownerOf(target))).id}`),

    'GET /api/plans/{planId}/actions': ({ as }) => get(as, `/api/plans/${plan.id}/actions`),
    'POST /api/actions': ({ as, target }) =>
      post(as, '/api/actions', { planId: plan.id, unitId: unit[ownerOf(target)].id, title: `Handling ${next()}` }),
    'GET /api/actions/{id}': ({ as, target }) => get(as, `/api/actions/${action[ownerOf(target)].id}`),
    'PATCH /api/actions/{id}': async ({ as, target }) => {
      const to = movedTo(target);
      if (!to) return patch(as, `/api/actions/${action[ownerOf(target)].id}`, { description: `Beskrivelse ${next()}` });
      return patch(as, `/api/actions/${(await fresh.action(ownerOf(target))).id}`, { unitId: unit[to].id });
    },
    'DELETE /api/actions/{id}': async ({ as, target }) => del(as, `/api/actions/${(await fresh.action(ownerOf(target))).id}`),

    'GET /api/plans/{planId}/indicators': ({ as }) => get(as, `/api/plans/${plan.id}/indicators`),
    'POST /api/indicators': ({ as, target }) => {
      const measured =
        target === 'aimingPoint'
          ? { aimingPointId: aimingPoint.id }
          : target === 'vision'
            ? { measuresVision: true, planId: plan.id }
            : { [`${measuredBy(target)}Id`]: (measuredBy(target) === 'focusArea' ? focusArea : action)[ownerOf(target)].id };
      return post(as, '/api/indicators', { ...measured, ...indicatorFields() });
    },
    'GET /api/indicators/{id}': ({ as, target }) => get(as, `/api/indicators/${indicatorOf(target).id}`),
    'PATCH /api/indicators/{id}': ({ as, target }) =>
      patch(as, `/api/indicators/${indicatorOf(target).id}`, { description: `Beskrivelse ${next()}` }),
    'DELETE /api/indicators/{id}': async ({ as, target }) => del(as, `/api/indicators/${(await freshIndicator(target)).id}`),

    'GET /api/indicators/{id}/observations': ({ as, target }) => get(as, `/api/indicators/${indicatorOf(target).id}/observations`),
    'POST /api/indicators/{id}/observations': ({ as, target }) =>
      post(as, `/api/indicators/${indicatorOf(target).id}/observations`, { ...dayPeriod(), value: 60 }),
    'GET /api/observations/{id}': ({ as, target }) => get(as, `/api/observations/${observation[ownerOf(target)].id}`),
    'POST /api/observations/{id}/supersede': async ({ as, target }) => {
      const old = await fresh.observation(indicatorOf(target));
      return post(as, `/api/observations/${old.id}/supersede`, { value: 61, sourceNote: 'Rettet tal' });
    },
    // A file of one row for the indicator, of a day of its own (an import is refused whole for a row the user may not record).
    'POST /api/plans/{planId}/observations/import': ({ as, target }) => {
      const url = `/api/plans/${plan.id}/observations/import`;
      const row = `${indicator[measuredBy(target)][ownerOf(target)].id};${dayPeriod().periodStart};60`;
      return send(
        url,
        as
          .post(url)
          .set('Content-Type', 'text/csv')
          .send(Buffer.from(`indikator;periode;værdi\n${row}\n`)),
      );
    },

    'GET /api/plans/{planId}/links': ({ as }) => get(as, `/api/plans/${plan.id}/links`),
    'POST /api/links': async ({ as, target }) => {
      const o = ownerOf(target);
      const [source, to] = target.startsWith('supports')
        ? [await fresh.focusArea(o), aimingPoint]
        : [await fresh.action(o), focusArea[movedTo(target) ?? o]];
      return post(as, '/api/links', { sourceId: source.id, targetId: to.id, rationale: 'Fordi', strength: 3 });
    },
    'GET /api/links/{id}': ({ as, target }) => get(as, `/api/links/${linkOf(target).id}`),
    'PATCH /api/links/{id}': ({ as, target }) => patch(as, `/api/links/${linkOf(target).id}`, { rationale: `Fordi ${next()}` }),
    'DELETE /api/links/{id}': async ({ as, target }) =>
      del(as, `/api/links/${(await (target.startsWith('supports') ? fresh.supports : fresh.contributes)(ownerOf(target))).id}`),

    'GET /api/nodes/{id}/comments': ({ as, target }) => get(as, `/api/nodes/${focusArea[ownerOf(target)].id}/comments`),
    'POST /api/nodes/{id}/comments': ({ as, target }) => {
      const node = target === 'vision' ? plan : (target.startsWith('focusArea') ? focusArea : action)[ownerOf(target)];
      return post(as, `/api/nodes/${node.id}/comments`, { body: `Et spørgsmål ${next()}` });
    },
    'POST /api/nodes/{id}/comments/read': async ({ as, target }) => {
      const node = focusArea[ownerOf(target)];
      const comment = await made(`/api/nodes/${node.id}/comments`, { body: `Et spørgsmål ${next()}` });
      return post(as, `/api/nodes/${node.id}/comments/read`, { lastCommentId: comment.id });
    },

    'GET /api/plans/{planId}/due': ({ as }) => get(as, `/api/plans/${plan.id}/due?mine=true`),
    'GET /api/plans/{planId}/report.pdf': ({ as }) => get(as, `/api/plans/${plan.id}/report.pdf?period=2026&committeeId=${committee.A.id}`),
    'GET /api/plans/{planId}/report.xlsx': ({ as }) => get(as, `/api/plans/${plan.id}/report.xlsx?period=2026H1&lang=en`),
    'GET /api/plans/{planId}/alignment': ({ as }) => get(as, `/api/plans/${plan.id}/alignment?committeeId=${committee.A.id}`),
    'GET /api/plans/{planId}/alignment.pdf': ({ as }) => get(as, `/api/plans/${plan.id}/alignment.pdf?lang=en`),
    'GET /api/plans/{planId}/alignment.xlsx': ({ as }) => get(as, `/api/plans/${plan.id}/alignment.xlsx?committeeId=${committee.B.id}`),

    'POST /api/assessments': ({ as, target }) => {
      const node = target === 'aimingPoint' ? aimingPoint : (target.startsWith('focusArea') ? focusArea : action)[ownerOf(target)];
      return post(as, '/api/assessments', { nodeId: node.id, date: '2026-05-01', status: 'atRisk', reflection: `Vurdering ${next()}` });
    },
    'GET /api/nodes/{nodeId}/assessments': ({ as, target }) => get(as, `/api/nodes/${focusArea[ownerOf(target)].id}/assessments`),
    'GET /api/plans/{planId}/assessments': ({ as }) => get(as, `/api/plans/${plan.id}/assessments?proposal=open`),
    'POST /api/assessments/{id}/decline': async ({ as, target }) => {
      const node = (target.startsWith('focusArea') ? focusArea : action)[ownerOf(target)];
      const proposal = await made('/api/assessments', {
        nodeId: node.id,
        date: '2026-05-01',
        status: 'offTrack',
        reflection: `Vurdering ${next()}`,
        proposedAdjustment: 'Stop den',
      });
      return post(as, `/api/assessments/${proposal.id}/decline`, { decision: COUNCIL, reason: 'Ikke nu' });
    },
    'POST /api/adjustments': async ({ as, target }) => {
      const change = target.startsWith('focusArea')
        ? await fresh.focusArea(ownerOf(target)).then((f) => ({ kind: 'focusAreaStatus', id: f.id, version: f.version, status: 'adopted' }))
        : await fresh
            .action(ownerOf(target))
            .then((a) => ({ kind: 'actionScope', id: a.id, version: a.version, title: `Ny titel ${next()}` }));
      return post(as, '/api/adjustments', { planId: plan.id, decision: COUNCIL, reason: 'Besluttet', changes: [change] });
    },
    // A committee A member records a decision that also asks a unit to change its action: the unit's part waits for its manager.
    'POST /api/adjustments/{id}/apply': async ({ as, target }) => {
      decider ??= await k.as('committeeMember', { committees: [committee.A.id] });
      const fa = await fresh.focusArea('A');
      const act = await fresh.action(ownerOf(target));
      const res = await decider
        .post('/api/adjustments')
        .send({
          planId: plan.id,
          decision: { decidedBy: 'committee', committeeId: committee.A.id, decidedAt: '2026-05-12', caseNumber: `sag ${next()}` },
          reason: 'Besluttet',
          changes: [
            { kind: 'focusAreaStatus', id: fa.id, version: fa.version, status: 'adopted' },
            { kind: 'actionScope', id: act.id, version: act.version, title: `Ny titel ${next()}` },
          ],
        })
        .expect(201);
      return post(
        as,
        `/api/adjustments/${(res.body.adjustments as { id: string; state: string }[]).find((a) => a.state === 'pending')!.id}/apply`,
      );
    },
    'GET /api/plans/{planId}/adjustments': ({ as }) => get(as, `/api/plans/${plan.id}/adjustments`),

    'POST /api/plans/{planId}/scenarios': ({ as }) => post(as, `/api/plans/${plan.id}/scenarios`, { name: `Scenarie ${next()}` }),
    'PUT /api/scenarios/{id}/changes': async ({ who, as }) => {
      const a = await fresh.action('A');
      return put(as, `/api/scenarios/${await scenarioOf(who)}/changes`, {
        changes: [{ kind: 'actionStatus', id: a.id, version: a.version, status: 'stopped' }],
      });
    },
    'GET /api/plans/{planId}/scenarios': ({ as }) => get(as, `/api/plans/${plan.id}/scenarios`),
    'GET /api/scenarios/{id}': async ({ who, as }) => get(as, `/api/scenarios/${await scenarioOf(who)}`),
    'GET /api/scenarios/{id}/preview': async ({ who, as }) => get(as, `/api/scenarios/${await scenarioOf(who)}/preview`),
    // Whoever started it applies a scenario staging a change of committee A's focus area.
    'POST /api/scenarios/{id}/apply': async ({ who, as }) => {
      const id = await scenarioOf(who);
      const fa = await fresh.focusArea('A');
      await (stagers[who] ?? director()).put(`/api/scenarios/${id}/changes`).send({
        changes: [{ kind: 'focusAreaStatus', id: fa.id, version: fa.version, status: 'adopted' }],
      });
      return post(as, `/api/scenarios/${id}/apply`, { decision: COUNCIL, reason: 'Besluttet' });
    },
    'DELETE /api/scenarios/{id}': async ({ who, as }) => {
      const url = `/api/scenarios/${await scenarioOf(who)}`;
      return send(url, as.delete(url));
    },

    'POST /api/restore/{id}': async ({ as, target }) => post(as, `/api/restore/${(await deleted(target)).id}`),
  };

  beforeAll(async () => {
    k = await startKompas();
    maker = await k.as(['administrator', 'committeeMember', 'manager'], { name: 'Rækkernes Ophav' });
    plan = await fresh.plan();
    aimingPoint = await fresh.aimingPoint();
    for (const o of ['A', 'B'] as Owner[]) {
      committee[o] = await made('/api/committees', { planId: plan.id, name: `Udvalg ${o}` });
      unit[o] = await made('/api/units', { name: `Enhed ${o}` });
    }
    await k.grant(maker, { committees: [committee.A.id, committee.B.id], units: [unit.A.id, unit.B.id] });
    for (const o of ['A', 'B'] as Owner[]) {
      focusArea[o] = await fresh.focusArea(o);
      action[o] = await fresh.action(o);
      supports[o] = await made('/api/links', { sourceId: focusArea[o].id, targetId: aimingPoint.id });
      contributes[o] = await made('/api/links', { sourceId: action[o].id, targetId: focusArea[o].id });
    }
    for (const measures of ['focusArea', 'action'] as const) {
      indicator[measures] = {} as Record<Owner, Entity>;
      for (const o of ['A', 'B'] as Owner[]) indicator[measures][o] = await fresh.indicator(measures, o);
    }
    for (const o of ['A', 'B'] as Owner[]) observation[o] = await fresh.observation(indicator.action[o]);
    subject = await made('/api/users', { username: 'emne', name: 'Emne Bruger', password: 'et langt og godt kodeord', roles: ['viewer'] });
    importDocument = (await k.http.get(`/api/plans/${(await fresh.plan()).id}/export`).expect(200)).body;

    const signIns: Record<Exclude<Who, 'anon'>, Parameters<Kompas['signIn']>[0]> = {
      admin: { roles: ['administrator'] },
      director: { roles: ['director'] },
      member: { roles: ['committeeMember'], committeeIds: [committee.A.id] },
      manager: { roles: ['manager'], unitIds: [unit.A.id] },
      viewer: { roles: ['viewer'] },
    };
    for (const [who, user] of Object.entries(signIns) as [Exclude<Who, 'anon'>, Parameters<Kompas['signIn']>[0]][]) {
      const client = await k.signIn(user);
      clients[who] = client;
      userIds[who] = client.userId;
      usernames[who] = ((await client.get('/api/auth/me').expect(200)).body as { username: string }).username;
    }
    clients.anon = k.anon as unknown as Client;
    for (const measures of ['aimingPoint', 'vision'] as const) topIndicator[measures] = await fresh.topIndicator(measures);
    // The viewer answers for these (made once the viewer exists).
    for (const target of ['action.B', 'focusArea.B', 'vision']) {
      responsibleIndicator[target] = await freshIndicator(`${target}+responsible`);
    }
  });
  afterAll(() => k.close());

  it('has a row for every documented route, and no row for a route that is not documented', async () => {
    const doc = (await k.http.get('/api/docs-json').expect(200)).body as { paths: Record<string, Record<string, unknown>> };
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
    const inTable = new Set(ROWS.map((r) => r.route));
    expect(documented.filter((r) => !inTable.has(r))).toEqual([]);
    expect([...inTable].filter((r) => !documented.includes(r))).toEqual([]);
    expect(Object.keys(CASES).sort()).toEqual([...inTable].sort());
    expect(documented.length).toBeGreaterThanOrEqual(60);
  });

  describe.each(ROWS.map((r) => [`${r.route} (${r.target})`, r] as const))('%s', (_name, row) => {
    it('answers 2xx to exactly the roles the table allows, 403 to the other roles and 401 without a session', async () => {
      const wrong: string[] = [];
      for (const who of WHO) {
        const { url, res } = await CASES[row.route]({ who, target: row.target, as: clients[who] });
        const allowed = row.allowed[who];
        outcomes.push({ who, route: row.route, target: row.target, url, method: row.route.split(' ')[0], status: res.status, allowed });
        const ok = res.status >= 200 && res.status < 300;
        const expected = allowed ? '2xx' : who === 'anon' ? 401 : 403;
        const body = res.body as {
          statusCode?: number;
          code?: string;
          message?: string;
          details?: unknown;
          reason?: { code?: string; params?: unknown };
        };
        if (allowed !== ok || (!allowed && res.status !== expected)) {
          wrong.push(`${who}: expected ${expected}, got ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
        } else if (!allowed) {
          const code = who === 'anon' ? 'unauthenticated' : 'forbidden';
          const shaped =
            body.statusCode === res.status &&
            body.code === code &&
            typeof body.message === 'string' &&
            body.message.length > 0 &&
            Array.isArray(body.details) &&
            // A refusal says why as a code the web app words in the user's language, and its parameters.
            (who === 'anon' ||
              ((WHY_NOT_CODES as readonly unknown[]).includes(body.reason?.code) && typeof body.reason?.params === 'object'));
          if (!shaped) wrong.push(`${who}: refusal not in the error shape: ${JSON.stringify(res.body)}`);
        }
      }
      expect(wrong).toEqual([]);
    });
  });

  it('never lets anyone do what the table forbids', () => {
    expect(outcomes.length).toBe(ROWS.length * WHO.length);
    const unauthorised = outcomes.filter((o) => !o.allowed && o.status >= 200 && o.status < 300);
    expect(unauthorised.map((o) => `${o.who} ${o.route} (${o.target}) → ${o.status}`)).toEqual([]);
    expect(unauthorised.length).toBe(0);
    // The table is not all refusals: everyone, even without a session, is allowed something.
    for (const who of WHO) expect(outcomes.some((o) => o.who === who && o.allowed)).toBe(true);
  });

  it('changed nothing on a refused request: the trail holds exactly one change per allowed write, by whoever made it', async () => {
    const SESSION = new Set(['login', 'logout', 'loginFailed', 'lockout', 'denied']);
    for (const who of WHO.filter((w): w is Exclude<Who, 'anon'> => w !== 'anon')) {
      const changes: string[] = [];
      for (let offset = 0; ; offset += 500) {
        const page = (await clients.director.get(`/api/audit?userId=${userIds[who]}&limit=500&offset=${offset}`).expect(200)).body as {
          items: { action: string }[];
          total: number;
        };
        changes.push(...page.items.filter((e) => !SESSION.has(e.action)).map((e) => e.action));
        if (offset + 500 >= page.total) break;
      }
      const allowedWrites = outcomes.filter(
        // Marking comments read and staging scenarios change no plan data, so they are not in the trail.
        (o) =>
          o.who === who &&
          o.allowed &&
          o.method !== 'GET' &&
          !o.route.startsWith('POST /api/auth/') &&
          o.route !== 'POST /api/nodes/{id}/comments/read' &&
          // Scenarios are private drafts, outside the trail; only applying one changes the plan.
          !(o.route.includes('/scenarios') && !o.route.endsWith('/apply')),
      );
      expect({ who, changes: changes.length }).toEqual({ who, changes: allowedWrites.length });
    }
  });

  it('counts every refused request per person and address, and writes none of them to the trail', async () => {
    const refused = outcomes.filter((o) => o.status === 403);
    expect(refused.length).toBeGreaterThan(200);
    // Refusals are logged and counted in bounded storage; the trail keeps changes, not attempts.
    const denied = (await clients.director.get('/api/audit?action=denied&limit=1').expect(200)).body as { total: number };
    expect(denied.total).toBe(0);
    const counted = async (userId: string) =>
      (
        (await k.dataSource.query(`SELECT "count" FROM "sign_in_counter" WHERE "key" = ?`, [
          counterKey('denied', userId, '127.0.0.1'),
        ])) as {
          count: number;
        }[]
      )[0]?.count ?? 0;
    for (const who of WHO.filter((w): w is Exclude<Who, 'anon'> => w !== 'anon')) {
      const expected = refused.filter((o) => o.who === who).length;
      expect({ who, counted: await counted(userIds[who]) }).toEqual({ who, counted: expected });
    }
    // Without a session nothing is denied in anyone's name: that is a 401, not a refusal of a person.
    expect(outcomes.filter((o) => o.who === 'anon' && !o.allowed).every((o) => o.status === 401)).toBe(true);
  });
});
