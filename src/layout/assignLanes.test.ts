import { assignLanes } from './assignLanes.js';
import { getBoxesInWindow, getViewWindow } from './visibleRange.js';

describe('assignLanes', () => {
  it('reuses a lane as soon as its last bar has ended, so touching bars share it', () => {
    expect(
      assignLanes([
        { start: 0, end: 10 },
        { start: 5, end: 8 },
        { start: 8, end: 20 },
        { start: 10, end: 12 },
        { start: 11, end: 15 },
      ]),
    ).toEqual({ lanes: [0, 1, 1, 0, 2], laneCount: 3 });
  });

  it('needs no lane for no bars', () => {
    expect(assignLanes([])).toEqual({ lanes: [], laneCount: 0 });
  });
});

describe('the visible window', () => {
  it('widens the viewport by the overscan on every side', () => {
    expect(getViewWindow({ left: 0, top: 800, width: 600, height: 400 }, 200)).toEqual({ left: -200, top: 600, right: 800, bottom: 1400 });
  });

  it('keeps the boxes that touch the window on both axes', () => {
    const boxes = [
      { x: 0, y: 0, width: 10, height: 10 },
      { x: 50, y: 0, width: 10, height: 10 },
      { x: 50, y: 100, width: 10, height: 10 },
      { x: 15, y: 5, width: 5, height: 5 },
    ];
    expect(getBoxesInWindow(boxes, { left: 20, top: 0, right: 70, bottom: 10 })).toEqual([1, 3]);
  });
});
