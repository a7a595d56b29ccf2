import type { ClassNames, Slot } from '../types';
import { cn } from './cn';

/** The props that mark a part: `data-slot="aisle-<slot>"` (the stylesheet's hook) and the slot's class names. */
export function slots(classNames: ClassNames = {}) {
  return (slot: Slot, className?: string) => ({
    'data-slot': 'aisle-' + slot,
    className: cn(classNames[slot], className),
  });
}
