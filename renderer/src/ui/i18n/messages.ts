import frameEn from './messages/en.json';
import frameHe from './messages/he.json';
import agreementEn from './messages/agreement.en.json';
import agreementHe from './messages/agreement.he.json';
import authorshipEn from './messages/authorship.en.json';
import authorshipHe from './messages/authorship.he.json';
import dataEn from './messages/data.en.json';
import dataHe from './messages/data.he.json';
import discussionEn from './messages/discussion.en.json';
import discussionHe from './messages/discussion.he.json';
import meetingsEn from './messages/meetings.en.json';
import meetingsHe from './messages/meetings.he.json';
import planEn from './messages/plan.en.json';
import planHe from './messages/plan.he.json';
import relayEn from './messages/relay.en.json';
import relayHe from './messages/relay.he.json';
import reviewEn from './messages/review.en.json';
import reviewHe from './messages/review.he.json';
import refusalEn from './messages/refusal.en.json';
import refusalHe from './messages/refusal.he.json';
import type { Language } from './languages';

/**
 * The message files, one pair per area of the interface (the frame in en.json/he.json; the plan,
 * the data views, review, meetings, agreement, discussion, authorship, relay, and the refusals operations say, beside it), so that a translator
 * opens one area at a time and two people translating different areas never edit one file.
 * An id belongs to exactly one area: the test in tests/unit/i18n/ checks that, and that every
 * language has every id with the same placeholders.
 */
export const AREAS = {
  frame: { en: frameEn, he: frameHe },
  plan: { en: planEn, he: planHe },
  data: { en: dataEn, he: dataHe },
  review: { en: reviewEn, he: reviewHe },
  meetings: { en: meetingsEn, he: meetingsHe },
  agreement: { en: agreementEn, he: agreementHe },
  discussion: { en: discussionEn, he: discussionHe },
  authorship: { en: authorshipEn, he: authorshipHe },
  relay: { en: relayEn, he: relayHe },
  refusal: { en: refusalEn, he: refusalHe },
} as const;

const en = { ...frameEn, ...planEn, ...dataEn, ...reviewEn, ...meetingsEn, ...agreementEn, ...discussionEn, ...authorshipEn, ...relayEn, ...refusalEn };
const he = { ...frameHe, ...planHe, ...dataHe, ...reviewHe, ...meetingsHe, ...agreementHe, ...discussionHe, ...authorshipHe, ...relayHe, ...refusalHe };

/** A message's id: the keys of the English files, which every other language's files must match. */
export type MessageId = keyof typeof en;

/**
 * ICU MessageFormat (plurals, select, placeholders), one flat object per language. English is
 * the reference.
 */
export const MESSAGES: Record<Language, Record<MessageId, string>> = { en, he };
