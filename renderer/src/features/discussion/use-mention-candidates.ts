import { useMemo } from 'react';
import { institutionLabel } from '../../../../shared/workspace/institution-view';
import { useTandemStore } from '../../state/store';
import { type MentionCandidate, uniqueByName } from './mention-query';

/**
 * Who can be mentioned: the people who have taken part (the threads' authors, the people in the
 * room), then the owner directory's people with their institution. Not the user themselves.
 */
export function useMentionCandidates(): readonly MentionCandidate[] {
  const people = useTandemStore((state) => state.people);
  const institutions = useTandemStore((state) => state.institutions);
  const threads = useTandemStore((state) => state.threads);
  const presence = useTandemStore((state) => state.presence);
  const me = useTandemStore((state) => state.identity?.name ?? null);
  return useMemo(() => {
    const candidates: MentionCandidate[] = [];
    for (const thread of threads.values()) {
      for (const comment of thread) candidates.push({ name: comment.author.name, side: comment.author.delegation, detail: null });
    }
    for (const peer of presence) candidates.push({ name: peer.identity.name, side: peer.identity.delegation, detail: null });
    for (const person of people.values()) {
      const institution = person.institution ? institutions.get(person.institution) : undefined;
      candidates.push({ name: person.name, side: institution?.side ?? null, detail: person.institution ? institutionLabel(institutions, person.institution) : null });
    }
    return uniqueByName(candidates.filter((candidate) => candidate.name.trim() !== '' && candidate.name !== me));
  }, [people, institutions, threads, presence, me]);
}
