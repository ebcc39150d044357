import type { MarkerKind } from './chart-series';

/**
 * How each series and marker looks: a colour, and always a dash pattern or a shape besides it, so
 * that nothing is told by colour alone (the legend draws the same patterns and shapes).
 */
export const SERIES_STYLE = {
  actual: { stroke: '#1d4f91', width: 2.5, dash: [] as number[] },
  target: { stroke: '#1b6b35', width: 2, dash: [8, 5] },
  reference: { stroke: '#6a3d8f', width: 2, dash: [2, 4] },
  baseline: { stroke: '#595959', width: 1.5, dash: [14, 4, 2, 4] },
} as const;

export type SeriesName = keyof typeof SERIES_STYLE;

export const MARKER_STYLE: Record<MarkerKind, { shape: 'circle' | 'diamond' | 'ring' | 'dot' | 'cross'; color: string }> = {
  met: { shape: 'circle', color: '#1b6b35' },
  notMet: { shape: 'diamond', color: '#a4262c' },
  pending: { shape: 'ring', color: '#7a5c00' },
  noTarget: { shape: 'dot', color: '#1d4f91' },
  corrected: { shape: 'cross', color: '#595959' },
};

/** Draws a marker's shape centred at (x, y) with a radius of `r` pixels, on a canvas or as a path for SVG. */
export function drawMarker(ctx: CanvasRenderingContext2D, kind: MarkerKind, x: number, y: number, r: number): void {
  const { shape, color } = MARKER_STYLE[kind];
  ctx.save();
  ctx.strokeStyle = color;
  ctx.fillStyle = color;
  ctx.lineWidth = Math.max(1.5, r / 2.5);
  ctx.beginPath();
  if (shape === 'circle' || shape === 'dot' || shape === 'ring') {
    ctx.arc(x, y, shape === 'dot' ? r * 0.55 : r, 0, Math.PI * 2);
    if (shape === 'ring') {
      ctx.fillStyle = '#ffffff';
      ctx.fill();
      ctx.stroke();
    } else ctx.fill();
  } else if (shape === 'diamond') {
    ctx.moveTo(x, y - r * 1.25);
    ctx.lineTo(x + r * 1.25, y);
    ctx.lineTo(x, y + r * 1.25);
    ctx.lineTo(x - r * 1.25, y);
    ctx.closePath();
    ctx.fill();
  } else {
    ctx.moveTo(x - r, y - r);
    ctx.lineTo(x + r, y + r);
    ctx.moveTo(x + r, y - r);
    ctx.lineTo(x - r, y + r);
    ctx.stroke();
  }
  ctx.restore();
}
