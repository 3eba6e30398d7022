/**
 * Runs the caller's handler first, then ours unless the caller called `event.preventDefault()`:
 * the contract of Radix's `composeEventHandlers` and Downshift's prop getters.
 */
export function composeHandlers<E extends { defaultPrevented: boolean }>(
  theirs: ((event: E) => void) | undefined,
  ours: (event: E) => void,
): (event: E) => void {
  return (event) => {
    theirs?.(event);
    if (!event.defaultPrevented) ours(event);
  };
}
