'use client';
import type { ElementType } from 'react';
import type { PhaseGroupState } from '../../hooks/usePhase.js';
import type { SlotProps } from '../../theme/slots.js';
import type { PhaseCardSlot } from './PhaseCard.slots.js';
import type { PhaseCardRenderItem } from './PhaseCardItem.js';
import { PhaseCardItem } from './PhaseCardItem.js';
import { useCollapseAnimation } from './useCollapseAnimation.js';
import type { PhaseCardDefaultLabels } from './phaseCardDefaultLabels.js';

interface PhaseCardGroupProps {
  state: PhaseGroupState;
  heading: ElementType;
  slot: (name: PhaseCardSlot) => SlotProps;
  labels: PhaseCardDefaultLabels;
  renderItem: PhaseCardRenderItem | undefined;
  /** Shows the group open whatever its state, as on paper; the open state itself is untouched. */
  forceOpen?: boolean;
}

/**
 * One group as a disclosure (https://www.w3.org/WAI/ARIA/apg/patterns/disclosure/): a heading
 * holding a button with `aria-expanded`, its item count, and a panel whose height animates.
 */
export function PhaseCardGroup({ state, heading: Heading, slot, labels, renderItem, forceOpen = false }: PhaseCardGroupProps) {
  const isOpen = state.isOpen || forceOpen;
  const { scope, isPresent } = useCollapseAnimation(isOpen, forceOpen);
  const dataState = isOpen ? 'open' : 'closed';
  // No region role: a long phase would fill the landmark list with same-named regions (the APG
  // accordion advises against regions when there are many panels); the button's aria-controls stays.
  const { role: _role, 'aria-labelledby': _labelledBy, ...panelProps } = state.getPanelProps(slot('groupPanel'));
  // Paper cannot press "Show all": a printed long group lists every item.
  const items = forceOpen ? state.items : state.visibleItems;
  return (
    <div {...slot('group')} data-state={dataState}>
      <Heading {...slot('groupHeading')}>
        <button {...state.getToggleProps(slot('groupToggle'))} aria-expanded={isOpen} data-state={dataState}>
          <span {...slot('groupChevron')} aria-hidden="true" />
          <span {...slot('groupTitle')}>{state.group.title ?? labels.untitledGroup()}</span>{' '}
          <span {...slot('groupCount')}>{labels.itemCount(state.items.length)}</span>
        </button>
      </Heading>
      <div {...panelProps} data-state={dataState} ref={scope} hidden={!isPresent}>
        {isPresent &&
          (state.items.length === 0 ? (
            <p {...slot('empty')}>{labels.noMatchingItems()}</p>
          ) : (
            <>
              <ul {...state.getItemsProps(slot('items'))}>
                {items.map((item) => (
                  <PhaseCardItem key={item.id} item={item} groupKey={state.key} slot={slot} labels={labels} renderItem={renderItem} />
                ))}
              </ul>
              {state.isLong && !forceOpen && (
                <button {...state.getShowAllProps(slot('showAll'))}>
                  {state.isShowingAll ? labels.showFewerItems() : labels.showAllItems(state.items.length)}
                </button>
              )}
            </>
          ))}
      </div>
    </div>
  );
}
