'use client';
import type { ReactNode } from 'react';
import { isSafeHref } from '../../model/isSafeHref.js';
import type { Item } from '../../model/types.js';
import type { SlotProps } from '../../theme/slots.js';
import { STATUS_ICONS } from '../StatusBadge/statusIcons.js';
import type { PhaseCardSlot } from './PhaseCard.slots.js';
import type { PhaseCardDefaultLabels } from './phaseCardDefaultLabels.js';

/** What a `renderItem` slot receives besides the item. */
export interface PhaseCardItemContext {
  /** Key of the item's group (`groups[i].key` of `usePhase`). */
  groupKey: string;
  /** The default rendering: status icon, title (a link when `href` is safe) and detail. */
  defaultContent: ReactNode;
}

/** Renders one item's content inside its `<li>`; return `context.defaultContent` to keep the default. */
export type PhaseCardRenderItem = (item: Item, context: PhaseCardItemContext) => ReactNode;

interface PhaseCardItemProps {
  item: Item;
  /** Key of the item's group, passed on to `renderItem`. */
  groupKey: string;
  slot: (name: PhaseCardSlot) => SlotProps;
  labels: PhaseCardDefaultLabels;
  renderItem: PhaseCardRenderItem | undefined;
}

/** One item: a status icon with a text alternative, its title (linked only when safe) and detail. */
export function PhaseCardItem({ item, groupKey, slot, labels, renderItem }: PhaseCardItemProps) {
  const href = item.href !== undefined && isSafeHref(item.href) ? item.href : undefined;
  const defaultContent = (
    <>
      <span {...slot('itemIcon')} role="img" aria-label={labels.status(item.status)}>
        {STATUS_ICONS[item.status]}
      </span>
      <span {...slot('itemBody')}>
        {href === undefined ? (
          <span {...slot('itemTitle')}>{item.title}</span>
        ) : (
          <a {...slot('itemTitle')} href={href}>
            {item.title}
          </a>
        )}
        {item.detail && <span {...slot('itemDetail')}>{item.detail}</span>}
      </span>
    </>
  );
  return (
    <li {...slot('item')} data-status={item.status}>
      {renderItem ? renderItem(item, { groupKey, defaultContent }) : defaultContent}
    </li>
  );
}
