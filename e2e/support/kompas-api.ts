import { APIRequestContext, expect } from '@playwright/test';

export type NodeKind = 'vision' | 'aimingPoint' | 'focusArea' | 'action' | 'indicator';

export type GraphNode = {
  id: string;
  kind: NodeKind;
  title: string;
  committeeId?: string;
  committeeName?: string;
  coOwnerCommitteeIds?: string[];
};

export type GraphEdge = {
  id: string;
  kind: 'supports' | 'contributes' | 'partOf' | 'measures';
  source: string;
  target: string;
  rationale: string | null;
  strength: number | null;
};

export type PlanGraph = { planId: string; nodes: GraphNode[]; edges: GraphEdge[] };

export type Plan = { id: string; title: string };
export type Committee = { id: string; name: string };

export type Link = {
  id: string;
  planId: string;
  kind: 'supports' | 'contributes';
  sourceId: string;
  targetId: string;
  rationale: string | null;
  strength: number;
};

/** The Hedensted demo plan's vision, loaded into the test database. */
export const HEDENSTED_TITLE = 'Hedensted – sammen om at skabe et liv i balance';

/** Seeding and checking through Kompas's own API, the way another client would. */
export class KompasApi {
  constructor(private readonly request: APIRequestContext) {}

  private async json<T>(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, data?: unknown): Promise<T> {
    const response = await this.request.fetch(url, { method, data });
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

  focusArea(id: string): Promise<{ id: string; title: string; rank: number; committeeId: string }> {
    return this.json('GET', `/api/focus-areas/${id}`);
  }

  link(id: string): Promise<Link> {
    return this.json('GET', `/api/links/${id}`);
  }

  /** Removes a link if it is still there (clean-up after a test). */
  async removeLink(id: string): Promise<void> {
    const response = await this.request.delete(`/api/links/${id}`);
    expect([200, 204, 404], `DELETE /api/links/${id} answered ${response.status()}`).toContain(response.status());
  }
}

/** Nodes of one kind, in the API's order. */
export const ofKind = (graph: PlanGraph, kind: NodeKind) => graph.nodes.filter((n) => n.kind === kind);

/**
 * An action and a focus area it does not contribute to yet, chosen so the two
 * sit near each other on the map: the focus area shares a committee with one
 * the action already serves. `skip` leaves out pairs other tests use.
 */
export function unlinkedActionAndFocusArea(graph: PlanGraph, skip: Set<string> = new Set()): { action: GraphNode; focusArea: GraphNode } {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const linked = new Set(graph.edges.map((e) => `${e.source}>${e.target}`));
  for (const action of ofKind(graph, 'action')) {
    if (skip.has(action.id)) continue;
    const served = graph.edges.filter((e) => e.kind === 'contributes' && e.source === action.id).map((e) => byId.get(e.target));
    for (const focusArea of ofKind(graph, 'focusArea')) {
      if (skip.has(focusArea.id) || linked.has(`${action.id}>${focusArea.id}`)) continue;
      if (served.some((s) => s?.committeeId === focusArea.committeeId)) return { action, focusArea };
    }
  }
  throw new Error('The demo plan has no unlinked action and focus area of one committee left.');
}
