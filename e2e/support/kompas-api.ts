import { APIRequestContext, expect } from '@playwright/test';

import type { NodeKind } from '@kompas/domain';

export type { NodeKind };

export type GraphNode = {
  id: string;
  kind: NodeKind;
  title: string;
  version: number;
  committeeId?: string;
  committeeName?: string;
  coOwnerCommitteeIds?: string[];
  unitId?: string;
  unitName?: string;
};

export type GraphEdge = {
  id: string;
  kind: 'supports' | 'contributes' | 'partOf' | 'measures';
  source: string;
  target: string;
  rationale: string | null;
  strength: number | null;
  version: number | null;
};

export type PlanGraph = { planId: string; nodes: GraphNode[]; edges: GraphEdge[] };

export type Plan = { id: string; title: string };
export type Committee = { id: string; name: string };

export type FocusArea = {
  id: string;
  title: string;
  description: string;
  rank: number;
  committeeId: string;
  status: string;
  version: number;
};

export type AuditEntry = {
  seq: number;
  at: string;
  userName: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  reason: string | null;
};

export type Comment = { id: string; nodeId: string; authorName: string; body: string; createdAt: string };

export type Link = {
  id: string;
  planId: string;
  kind: 'supports' | 'contributes';
  sourceId: string;
  targetId: string;
  rationale: string | null;
  strength: number;
  version: number;
};

/** The Hedensted demo plan's vision, loaded into the test database. */
export const HEDENSTED_TITLE = 'Hedensted – sammen om at skabe et liv i balance';

/**
 * Seeding and checking through Kompas's own API, the way another client would: signed in as one
 * demo login, sending the version it read as `If-Match` when it changes or deletes something.
 */
export class KompasApi {
  constructor(private readonly request: APIRequestContext) {}

  private async json<T>(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, data?: unknown, version?: number): Promise<T> {
    const headers: Record<string, string> = version === undefined ? {} : { 'If-Match': `"${version}"` };
    const response = await this.request.fetch(url, { method, data, headers });
    expect(response.ok(), `${method} ${url} answered ${response.status()}: ${await response.text()}`).toBe(true);
    return (response.status() === 204 ? undefined : await response.json()) as T;
  }

  plans(): Promise<Plan[]> {
    return this.json('GET', '/api/plans');
  }

  /** The demo plan everything runs on. */
  async hedensted(): Promise<Plan> {
    const plan = (await this.plans()).find((p) => p.title === HEDENSTED_TITLE);
    if (!plan) throw new Error('The Hedensted demo plan is not loaded.');
    return plan;
  }

  graph(planId: string): Promise<PlanGraph> {
    return this.json('GET', `/api/plans/${planId}/graph`);
  }

  committees(planId: string): Promise<Committee[]> {
    return this.json('GET', `/api/plans/${planId}/committees`);
  }

  links(planId: string): Promise<Link[]> {
    return this.json('GET', `/api/plans/${planId}/links`);
  }

  async findLink(planId: string, sourceId: string, targetId: string): Promise<Link | undefined> {
    return (await this.links(planId)).find((l) => l.sourceId === sourceId && l.targetId === targetId);
  }

  createLink(body: { sourceId: string; targetId: string; rationale?: string; strength?: number }): Promise<Link> {
    return this.json('POST', '/api/links', body);
  }

  async linkStatus(id: string): Promise<number> {
    return (await this.request.get(`/api/links/${id}`)).status();
  }

  /** The signed-in user's committees and units. */
  me(): Promise<{ id: string; committeeIds: string[]; unitIds: string[] }> {
    return this.json('GET', '/api/auth/me');
  }

  focusArea(id: string): Promise<FocusArea> {
    return this.json('GET', `/api/focus-areas/${id}`);
  }

  createFocusArea(body: { title: string; committeeId: string; description?: string }): Promise<FocusArea> {
    return this.json('POST', '/api/focus-areas', body);
  }

  /** Changes a focus area over its current version. */
  async updateFocusArea(id: string, changes: Partial<FocusArea> & { reason?: string }): Promise<FocusArea> {
    const { version } = await this.focusArea(id);
    return this.json('PATCH', `/api/focus-areas/${id}`, changes, version);
  }

  /** Deletes a focus area if it is still there (clean-up after a test). */
  async removeFocusArea(id: string): Promise<void> {
    const response = await this.request.get(`/api/focus-areas/${id}`);
    if (response.status() === 404) return;
    const { version } = (await response.json()) as FocusArea;
    await this.json('DELETE', `/api/focus-areas/${id}`, undefined, version);
  }

  /** One node's or link's history, newest first. */
  async history(entityId: string): Promise<AuditEntry[]> {
    const page = await this.json<{ items: AuditEntry[] }>('GET', `/api/audit?entityId=${entityId}&limit=50&offset=0`);
    return [...page.items].sort((a, b) => b.seq - a.seq);
  }

  comments(nodeId: string): Promise<Comment[]> {
    return this.json('GET', `/api/nodes/${nodeId}/comments`);
  }

  link(id: string): Promise<Link> {
    return this.json('GET', `/api/links/${id}`);
  }

  /** Removes a link if it is still there (clean-up after a test). */
  async removeLink(id: string): Promise<void> {
    const current = await this.request.get(`/api/links/${id}`);
    if (current.status() === 404) return;
    const { version } = (await current.json()) as Link;
    const response = await this.request.delete(`/api/links/${id}`, { headers: { 'If-Match': `"${version}"` } });
    expect([200, 204, 404], `DELETE /api/links/${id} answered ${response.status()}`).toContain(response.status());
  }
}

/** Nodes of one kind, in the API's order. */
export const ofKind = (graph: PlanGraph, kind: NodeKind) => graph.nodes.filter((n) => n.kind === kind);

/** The unit the demo's manager (`leder`) leads: the actions he may change. */
export const LEDER_UNIT = 'Skoledistrikt Juelsminde';

/**
 * An action of the demo manager's unit and a focus area it does not contribute to yet,
 * chosen so the two sit near each other on the map: the focus area shares a committee
 * with one the action already serves. `skip` leaves out pairs other tests use.
 */
export function unlinkedActionAndFocusArea(graph: PlanGraph, skip: Set<string> = new Set()): { action: GraphNode; focusArea: GraphNode } {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const linked = new Set(graph.edges.map((e) => `${e.source}>${e.target}`));
  for (const action of ofKind(graph, 'action')) {
    if (skip.has(action.id) || action.unitName !== LEDER_UNIT) continue;
    const served = graph.edges.filter((e) => e.kind === 'contributes' && e.source === action.id).map((e) => byId.get(e.target));
    for (const focusArea of ofKind(graph, 'focusArea')) {
      if (skip.has(focusArea.id) || linked.has(`${action.id}>${focusArea.id}`)) continue;
      if (served.some((s) => s?.committeeId === focusArea.committeeId)) return { action, focusArea };
    }
  }
  throw new Error('The demo plan has no unlinked action and focus area of one committee left.');
}
