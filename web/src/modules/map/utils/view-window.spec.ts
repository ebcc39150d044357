import { boxInWindow, centreInWindow, shiftToShow, viewInside, visibleArea, windowAround } from './view-window';

describe('the view window of a big map', () => {
  const viewport = { x: -800, y: -400, zoom: 0.5 }; // shows flow x 1600–4480, y 800–2600 in a 1440×900 pane

  it('turns the viewport into the area it shows', () => {
    expect(visibleArea(viewport, 1440, 900)).toEqual({ x0: 1600, y0: 800, x1: 4480, y1: 2600 });
  });

  it('widens the view by half its size on every side', () => {
    expect(windowAround(viewport, 1440, 900)).toEqual({ x0: 160, y0: -100, x1: 5920, y1: 3500 });
  });

  it('keeps the window while the view stays inside it, and asks for a new one when it leaves', () => {
    const window = windowAround(viewport, 1440, 900);
    expect(viewInside({ x: -1400, y: -400, zoom: 0.5 }, 1440, 900, window)).toBe(true); // panned 600 px
    expect(viewInside({ x: -2400, y: -400, zoom: 0.5 }, 1440, 900, window)).toBe(false); // panned past the margin
    expect(viewInside({ x: -800, y: -400, zoom: 0.2 }, 1440, 900, window)).toBe(false); // zoomed out
  });

  it('hands over nodes that touch the window, and edges by where their ends sit', () => {
    const window = { x0: 0, y0: 0, x1: 100, y1: 100 };
    expect(boxInWindow({ x: 90, y: 90, width: 50, height: 50 }, window)).toBe(true);
    expect(boxInWindow({ x: 100, y: 0, width: 50, height: 50 }, window)).toBe(false);
    expect(boxInWindow(undefined, window)).toBe(false);
    expect(centreInWindow({ x: 90, y: 90, width: 50, height: 50 }, window)).toBe(false);
    expect(centreInWindow({ x: 60, y: 60, width: 50, height: 50 }, window)).toBe(true);
  });
});

describe('keeping the chosen node in view', () => {
  const viewport = { x: 100, y: 50, zoom: 0.5 };
  const at = (x: number, y: number) => ({ x, y, width: 200, height: 100 }); // 100×50 on screen

  it('moves nothing when the node already shows with room to spare', () => {
    expect(shiftToShow(at(400, 400), viewport, 1060, 770)).toEqual({ dx: 0, dy: 0 });
  });

  it('moves a node left out from behind a panel that narrowed the map, just past the edge', () => {
    // On screen 1300–1400 wide; the map is now 1060 wide.
    expect(shiftToShow(at(2400, 400), viewport, 1060, 770)).toEqual({ dx: 1060 - 24 - 1400, dy: 0 });
  });

  it('moves a node in from the left and from the top', () => {
    expect(shiftToShow(at(-300, -200), viewport, 1060, 770)).toEqual({ dx: 24 - -50, dy: 24 - -50 });
  });

  it('lines a node bigger than the view up with its top left corner', () => {
    expect(shiftToShow({ x: 0, y: 0, width: 4000, height: 100 }, viewport, 1060, 770, 24)).toEqual({ dx: 24 - 100, dy: 0 });
  });
});
