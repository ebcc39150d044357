/** The part of a big map handed to React Flow: the view and half a screen around it, in flow coordinates. */
export type ViewWindow = { x0: number; y0: number; x1: number; y1: number };
export type ViewportLike = { x: number; y: number; zoom: number };
type Box = { x: number; y: number; width: number; height: number };

/** The area the view shows, in flow coordinates. */
export function visibleArea(viewport: ViewportLike, width: number, height: number): ViewWindow {
  const x0 = -viewport.x / viewport.zoom;
  const y0 = -viewport.y / viewport.zoom;
  return { x0, y0, x1: x0 + width / viewport.zoom, y1: y0 + height / viewport.zoom };
}

/** The view widened by half its size on every side. */
export function windowAround(viewport: ViewportLike, width: number, height: number): ViewWindow {
  const v = visibleArea(viewport, width, height);
  const mx = (v.x1 - v.x0) / 2;
  const my = (v.y1 - v.y0) / 2;
  return { x0: v.x0 - mx, y0: v.y0 - my, x1: v.x1 + mx, y1: v.y1 + my };
}

/** Whether the view still lies inside the window, so nothing new needs to be handed over. */
export function viewInside(viewport: ViewportLike, width: number, height: number, window: ViewWindow): boolean {
  const v = visibleArea(viewport, width, height);
  return v.x0 >= window.x0 && v.y0 >= window.y0 && v.x1 <= window.x1 && v.y1 <= window.y1;
}

export function boxInWindow(box: Box | undefined, window: ViewWindow): boolean {
  return !!box && box.x < window.x1 && box.x + box.width > window.x0 && box.y < window.y1 && box.y + box.height > window.y0;
}

export function centreInWindow(box: Box | undefined, window: ViewWindow): boolean {
  if (!box) return false;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  return cx >= window.x0 && cx <= window.x1 && cy >= window.y0 && cy <= window.y1;
}
