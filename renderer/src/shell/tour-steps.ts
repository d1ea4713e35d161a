import { ArrowLeftRight, CalendarDays, Command, Eye, ListTodo, Sparkles, type LucideIcon } from 'lucide-react';
import type { ViewId } from './views';

export interface TourStep {
  readonly title: string;
  readonly body: string;
  readonly icon: LucideIcon;
  /** The view shown behind the step (the tour walks through the app, it does not describe it from afar). */
  readonly view: ViewId | null;
}

/** The first-run tour: what a delegation member needs in the first minute, one view per step. */
export const TOUR_STEPS: readonly TourStep[] = [
  {
    title: 'Welcome to Tandem',
    body: 'Both delegations keep one plan of the Strategic Technology Compact: each laptop works offline for days, and nothing one side decided is overwritten silently when the laptops meet again. Five stops, one minute.',
    icon: Sparkles,
    view: null,
  },
  {
    title: 'The plan',
    body: 'Every action of the 90-day plan: its status, tier, both leads and its deadline against the 90-day window. Open an action for its details; its address can be shared in the room.',
    icon: ListTodo,
    view: 'plan',
  },
  {
    title: 'Meetings',
    body: 'Hold the working session here: the agenda, attendance by delegation, minutes the two note-takers write together, and decisions that change the plan in one step.',
    icon: CalendarDays,
    view: 'meetings',
  },
  {
    title: 'In the room, or across an air gap',
    body: 'In a meeting room one laptop hosts a session on the local network and the others join with its code. Apart, carry a sync file: its preview shows what it would change before anything merges.',
    icon: ArrowLeftRight,
    view: 'session',
  },
  {
    title: 'What changed, and who changed it',
    body: 'Review lists everything this laptop received since your last look, person by person. Edits made at the same time on two laptops wait in Conflicts for a decision.',
    icon: Eye,
    view: 'review',
  },
  {
    title: 'Everything from the keyboard',
    body: 'Ctrl+K (⌘K on a Mac) reaches any view, action or command; ? lists the shortcuts. The tour stays in the sidebar’s help.',
    icon: Command,
    view: null,
  },
];
