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

/**
 * How far to move the view (in screen pixels) so the whole box shows with `margin` to spare, moving as
 * little as possible; 0 along an axis where it already shows. A box larger than the view lines up with
 * its top left corner.
 */
export function shiftToShow(box: Box, viewport: ViewportLike, width: number, height: number, margin = 24): { dx: number; dy: number } {
  const along = (start: number, size: number, offset: number, room: number) => {
    const from = start * viewport.zoom + offset;
    const to = (start + size) * viewport.zoom + offset;
    if (from >= margin && to <= room - margin) return 0;
    if (to - from > room - 2 * margin || from < margin) return margin - from;
    return room - margin - to;
  };
  return { dx: along(box.x, box.width, viewport.x, width), dy: along(box.y, box.height, viewport.y, height) };
}
