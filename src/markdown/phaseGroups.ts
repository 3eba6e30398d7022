import type { Status } from '../model/types.js';
import type { GroupDraft, PhaseDraft } from './drafts.js';
import type { ListEntry } from './items.js';

/** Where a section's items go: created on first use, so a heading without items leaves no empty group. */
export interface GroupSlot {
  title?: string;
  status?: Status;
  group?: GroupDraft;
}

/** The group a slot's items go into, made (or the phase's untitled one found) on first use. */
export function groupOf(phase: PhaseDraft, slot: GroupSlot): GroupDraft {
  if (!slot.group) {
    // Items outside any sub-section share the phase's one untitled group.
    slot.group = slot.title === undefined ? phase.groups.find((group) => group.title === undefined) : undefined;
    if (!slot.group) {
      slot.group = { title: slot.title, status: slot.status, items: [] };
      phase.groups.push(slot.group);
    }
  }
  return slot.group;
}

/** Adds list entries to a phase: items to its untitled group, lead-ins as titled groups. */
export function addEntriesToPhase(phase: PhaseDraft, entries: readonly ListEntry[]): void {
  addEntries(phase, {}, entries);
}

/** Adds list entries to the slot's group; a lead-in's entries to a group of its own, under its title. */
export function addEntries(phase: PhaseDraft, slot: GroupSlot, entries: readonly ListEntry[]): void {
  for (const entry of entries) {
    if (entry.kind === 'item') groupOf(phase, slot).items.push(entry.item);
    else addEntries(phase, { title: entry.title, status: entry.status ?? slot.status }, entry.entries);
  }
}
