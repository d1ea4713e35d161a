/**
 * A refusal the interface can say in its own language. An operation that refuses (OperationError)
 * keeps its English sentence as `message`, for logs, the CLI and shared/'s tests, and may carry a
 * Refusal: the id of the message that says it (renderer/src/ui/i18n/messages/*: `refusal.<id>`)
 * and the values it names. The renderer says the message when there is one and the English
 * sentence otherwise (a guard a person cannot reach from the interface: an unknown status sent by
 * code). Every id is listed here, and a test checks each has its message in every language.
 */
export const REFUSAL_IDS = [
  'observer',
  'empty',
  'tooLong',
  'titleKept',
  'titleNeeded',
  'nameNeeded',
  'selfDependency',
  'deletedNotMoved',
  'deletedSelected',
  'bulkMax',
  'offsetRange',
  'allottedRange',
  'decisionApplied',
  'decisionAppliedEdit',
  'decisionAppliedKept',
  'decisionNoChange',
  'chairSide',
  'notOnAttendance',
  'leadPerson',
  'cycle',
  'inChange',
  'changeCreatesTwice',
  'changeNoAction',
  'changeDeletedAction',
  'changeNoInstitution',
  'wrongSide',
] as const;

export type RefusalId = (typeof REFUSAL_IDS)[number];

export type RefusalValues = Readonly<Record<string, string | number>>;

export interface Refusal {
  readonly id: RefusalId;
  readonly values?: RefusalValues;
  /**
   * Titles in a chain (a dependency cycle), said as the `{chain}` value: each title quoted and
   * isolated, joined by the language's arrow (in Hebrew the chain reads right to left, so its
   * arrow points left). A list, not a string, so no sentence is assembled outside the messages.
   */
  readonly chain?: readonly string[];
  /**
   * The refusal this one wraps ("Change 2: …" of a decision), said as the `{reason}` value. When
   * it is absent the English `reason` in `values` is said as it stands.
   */
  readonly reason?: Refusal;
}

/** The nouns text limits speak of: a message selects its words by them. */
export type TextNoun = 'title' | 'decision' | 'place' | 'description' | 'name' | 'short name';
