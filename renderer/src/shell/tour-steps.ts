import { ArrowLeftRight, CalendarDays, Command, Eye, ListTodo, Sparkles, type LucideIcon } from 'lucide-react';
import type { MessageId } from '../ui/i18n/messages';
import type { ViewId } from './views';

export interface TourStep {
  readonly title: MessageId;
  readonly body: MessageId;
  readonly icon: LucideIcon;
  /** The view shown behind the step (the tour walks through the app, it does not describe it from afar). */
  readonly view: ViewId | null;
}

/** The first-run tour: what a delegation member needs in the first minute, one view per step. */
export const TOUR_STEPS: readonly TourStep[] = [
  {
    title: 'tour.welcome.title',
    body: 'tour.welcome.body',
    icon: Sparkles,
    view: null,
  },
  {
    title: 'tour.plan.title',
    body: 'tour.plan.body',
    icon: ListTodo,
    view: 'plan',
  },
  {
    title: 'tour.meetings.title',
    body: 'tour.meetings.body',
    icon: CalendarDays,
    view: 'meetings',
  },
  {
    title: 'tour.sync.title',
    body: 'tour.sync.body',
    icon: ArrowLeftRight,
    view: 'session',
  },
  {
    title: 'tour.review.title',
    body: 'tour.review.body',
    icon: Eye,
    view: 'review',
  },
  {
    title: 'tour.keyboard.title',
    body: 'tour.keyboard.body',
    icon: Command,
    view: null,
  },
];
