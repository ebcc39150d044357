import { configure } from '@testing-library/dom';

// jsdom lacks what React Flow measures with; these stand-ins are enough for rendering.
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
class DOMMatrixReadOnlyStub {
  m22: number;
  constructor(transform?: string) {
    const scale = transform?.match(/scale\(([\d.]+)\)/)?.[1];
    this.m22 = scale ? Number(scale) : 1;
  }
}
const g = globalThis as Record<string, unknown>;
g['ResizeObserver'] ??= ResizeObserverStub;
g['DOMMatrixReadOnly'] ??= DOMMatrixReadOnlyStub;
g['structuredClone'] ??= (value: unknown) => JSON.parse(JSON.stringify(value));
g['IS_REACT_ACT_ENVIRONMENT'] = true;
// jsdom has no fetch API; the router only asks whether a thrown value is a Response.
g['Response'] ??= class ResponseStub {};
// The router restores scroll positions; jsdom draws nothing to scroll.
window.scrollTo = () => undefined;

// Lazily loaded pages can take more than testing-library's default second to
// appear on a busy two-core CI machine; waiting longer costs nothing when they are quick.
configure({ asyncUtilTimeout: 5000 });
