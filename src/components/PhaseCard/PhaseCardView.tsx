'use client';
import type { HTMLAttributes } from 'react';
import { forwardRef, useId } from 'react';
import { usePrintMode } from '../../hooks/internal/usePrintMode.js';
import { usePhaseOfValidated } from '../../hooks/usePhase.js';
import { formatSpan } from '../../i18n/formatSpan.js';
import type { ItemStatusFilter } from '../../model/isStatusShown.js';
import { formatPhaseName, getPhaseNameParts } from '../../model/phaseName.js';
import type { Phase } from '../../model/types.js';
import type { CommonProps } from '../common/commonProps.js';
import type { HeadingLevel } from '../common/headingLevel.js';
import { subHeadingLevel } from '../common/headingLevel.js';
import { useDatedCommonProps } from '../common/useDatedCommonProps.js';
import { splitCommonProps } from '../common/splitCommonProps.js';
import { StatusBadge } from '../StatusBadge/StatusBadge.js';
import type { PhaseCardRenderItem } from './PhaseCardItem.js';
import { phaseCardSlots } from './PhaseCard.slots.js';
import { phaseCardDefaultLabels } from './phaseCardDefaultLabels.js';
import { PhaseCardGroup } from './PhaseCardGroup.js';
import { PhaseCardMetrics } from './PhaseCardMetrics.js';
import { PhaseCardProgress } from './PhaseCardProgress.js';

/** Props of `PhaseCard` (declared whole in this file, so the docs' props table lists every one). */
export interface PhaseCardProps
  extends CommonProps<typeof phaseCardSlots>,
    Omit<HTMLAttributes<HTMLElement>, 'className' | 'style' | 'defaultValue'> {
  /** The phase to show. Anything that is not a valid phase shows a message listing the problems. */
  phase: Phase;
  /** Level of the card's heading (1–6, the same range as every component's `headingLevel`); group and metric headings sit one below, down to 6. @defaultValue 3 */
  headingLevel?: HeadingLevel;
  /** Controlled list of open group keys (`usePhase` keys: a group title's slug, `items` for the untitled group). */
  open?: string[];
  /** Group keys open at first, or `true` / `false` for all / none. @defaultValue all, or the first three in a phase of more than 50 items */
  defaultOpen?: string[] | boolean;
  /** Called with the new list of open group keys when a group is toggled. */
  onOpenChange?: (open: string[]) => void;
  /** Which items to show, by status: `'all'`, `'open'` (not done or cancelled), one status, or a list. Progress still counts every item. @defaultValue 'all' */
  show?: ItemStatusFilter;
  /** Renders an item's content inside its `<li>`; `context.defaultContent` is the default rendering. */
  renderItem?: PhaseCardRenderItem;
}

/** Props of the card once its phase is known to be valid: `PhaseCard`'s own. */
export type PhaseCardViewProps = PhaseCardProps;

/** The card itself: header, progress, groups and metrics of a valid phase. */
export const PhaseCardView = /* @__PURE__ */ forwardRef<HTMLElement, PhaseCardViewProps>(function PhaseCardView(
  { phase, headingLevel = 3, open, defaultOpen, onOpenChange, show, renderItem, ...props },
  ref,
) {
  const [commonProps, rest] = splitCommonProps(props);
  const common = useDatedCommonProps(commonProps, phaseCardSlots, phaseCardDefaultLabels);
  const { slot } = common;
  const state = usePhaseOfValidated(phase, { open, defaultOpen, onOpenChange, show });
  // Paper cannot expand a group: every group prints open, the open state itself is kept.
  const printing = usePrintMode();
  const headingId = useId();
  const Heading = `h${headingLevel}` as const;
  const SubHeading = `h${subHeadingLevel(headingLevel)}` as const;
  const name = getPhaseNameParts(phase);
  const phaseName = formatPhaseName(phase);
  const dates = phase.when ? formatSpan(phase.when, common.locale) : phase.timeframe;
  return (
    <article {...rest} {...common.rootProps} ref={ref} aria-labelledby={headingId} data-status={phase.status}>
      <header {...slot('header')}>
        <Heading {...slot('heading')} id={headingId}>
          {name.version && <span {...slot('version')}>{name.version}</span>}
          {name.version && ' '}
          <span {...slot('title')}>{name.title}</span>
        </Heading>
        <StatusBadge status={phase.status} className={slot('status').className} unstyled={commonProps.unstyled} labels={commonProps.labels} />
        {dates && <p {...slot('dates')}>{dates}</p>}
      </header>
      {phase.summary && <p {...slot('summary')}>{phase.summary}</p>}
      <PhaseCardProgress progress={state.progress} phaseName={phaseName} slot={slot} labels={common.labels} />
      {state.groups.length > 0 && (
        <div {...slot('groups')}>
          {state.groups.map((group) => (
            <PhaseCardGroup key={group.key} state={group} heading={SubHeading} slot={slot} labels={common.labels} renderItem={renderItem} forceOpen={printing} />
          ))}
        </div>
      )}
      {phase.metrics.length > 0 && (
        <PhaseCardMetrics
          metrics={phase.metrics}
          heading={SubHeading}
          slot={slot}
          labels={common.labels}
          hostLabels={commonProps.labels}
          locale={common.locale}
          unstyled={commonProps.unstyled}
        />
      )}
    </article>
  );
});
