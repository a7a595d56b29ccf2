import type { ListName } from '../types.js';
import type { ListDescriptor, ListRequirement, ReadinessFacts } from './ListDescriptor.js';
import { LISTS } from './listRegistry.js';

/**
 * `ready`: every requirement is met; `not-enough-data`: more events (or a training) will make it ready;
 * `disabled`: a setting the list needs is missing (a field not mapped), no data helps until it changes.
 */
export type ListStatus = 'ready' | 'not-enough-data' | 'disabled';

export interface ListReadiness {
  list: ListName;
  status: ListStatus;
  /** 0 to 1: the mean of each requirement's have / need, each capped at 1. */
  readiness: number;
  /** Products the list can draw from. */
  items: number;
  /** Every requirement, met or not; a trained model first. */
  requirements: ListRequirement[];
}

/** How ready each list is to serve, in the registry's order: each list's own requirements and a trained model. */
export function listReadiness(facts: ReadinessFacts): ListReadiness[] {
  const { model } = facts;
  return (LISTS as readonly ListDescriptor<ListName>[]).map((list) => {
    const spec = list.readiness(facts);
    const requirements = [{ kind: 'model', have: model === null ? 0 : 1, need: 1 }, ...spec.requirements];
    const met = (requirement: ListRequirement) => requirement.have >= requirement.need;
    const readiness =
      requirements.reduce((sum, requirement) => sum + Math.min(requirement.have / requirement.need, 1), 0) /
      requirements.length;
    let status: ListStatus = 'ready';
    if (requirements.some((requirement) => requirement.setting === true && !met(requirement)))
      status = 'disabled';
    else if (!requirements.every(met)) status = 'not-enough-data';
    return {
      list: list.name,
      status,
      readiness: Math.round(readiness * 100) / 100,
      items: spec.items,
      requirements,
    };
  });
}
