/** A bar on one axis: where it starts and where it ends (exclusive), in any unit. */
export interface LaneBar {
  start: number;
  end: number;
}

/** Which lane each bar sits in, and how many lanes there are. */
export interface LaneAssignment {
  /** Lane of each bar, by the bars' order, counting from 0. */
  lanes: number[];
  laneCount: number;
}

/**
 * Puts bars in lanes so no two in a lane overlap: each bar takes the first lane whose last bar ended
 * at or before its start (first-fit interval partitioning). Bars must come sorted by `start`; with
 * that order first-fit uses the fewest lanes possible.
 * @example assignLanes([{ start: 0, end: 10 }, { start: 5, end: 8 }, { start: 10, end: 12 }]) // { lanes: [0, 1, 0], laneCount: 2 }
 */
export function assignLanes(bars: readonly LaneBar[]): LaneAssignment {
  const laneEnds: number[] = [];
  const lanes = bars.map((bar) => {
    let lane = laneEnds.findIndex((end) => end <= bar.start);
    if (lane === -1) lane = laneEnds.length;
    laneEnds[lane] = bar.end;
    return lane;
  });
  return { lanes, laneCount: laneEnds.length };
}
