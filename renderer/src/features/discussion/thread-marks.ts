import { type Comment, mentionsName } from '../../../../shared/workspace/agreement/comments';
import { sameIdentity, type Identity } from '../../../../shared/identity/identity';

/** How many comments of the thread, by someone else, mention `me` (a thread is marked for them when any does). */
export function mentionsOf(thread: readonly Comment[], me: Identity | null): number {
  if (!me) return 0;
  return thread.filter((comment) => !sameIdentity(comment.author, me) && mentionsName(comment.text, me.name)).length;
}

/** Initials for the avatar: the first letter of the first and last word ("Dana Levi" → "DL"). */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = [...(words[0] ?? '?')][0] ?? '?';
  const last = words.length > 1 ? [...words[words.length - 1]!][0] ?? '' : '';
  return (first + last).toLocaleUpperCase();
}

/** When a comment was written, as a thread shows it: the time today, the date and time before. */
export function commentTime(at: string, locale: string, now: Date = new Date()): string {
  const date = new Date(at);
  const sameDay = date.toDateString() === now.toDateString();
  const sameYear = date.getFullYear() === now.getFullYear();
  return new Intl.DateTimeFormat(locale, sameDay
    ? { hour: 'numeric', minute: '2-digit' }
    : { day: 'numeric', month: 'short', ...(sameYear ? {} : { year: 'numeric' }), hour: 'numeric', minute: '2-digit' }).format(date);
}

/** The full date and time, for the tooltip. */
export function commentFullTime(at: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short' }).format(new Date(at));
}
