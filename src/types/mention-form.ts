/**
 * How a mention's text names its entity (stored in `mention.form`; the rules that decide it:
 * src/ingestion/resolve/mention-form.rules.ts).
 */
export enum MentionForm {
  /** The entity's canonical name ("Jens Stoltenberg", "Kyiv"), in any case. */
  NAME = 'NAME',
  /** Any other name the entity goes by ("Kiev" for Kyiv, "Atlantic Alliance" for NATO, "Hillary Clinton" for Hillary Rodham Clinton). */
  ALIAS = 'ALIAS',
  /** A person's surname alone, with its particles ("Stoltenberg", "von der Leyen"), or any tail of the full name. */
  SURNAME = 'SURNAME',
  /** A person's given name alone ("Jens"). */
  FIRST_NAME = 'FIRST_NAME',
  /** Initials written in capitals ("NATO", "US", "BBC"). */
  ACRONYM = 'ACRONYM',
  /** A place's adjective ("Ukrainian" for Ukraine). */
  DEMONYM = 'DEMONYM',
}

/**
 * The forms a list of mentions holds unless asked for others: the names. A demonym ("Ukrainian
 * officials", "Americans") is an adjective or a people, not a name of the place: named-entity
 * conventions (CoNLL, GUM) do not count it, so mention lists give it only on request. Filters and
 * counts (`about`, `mentions:` filters, `mentionCount`, co-mentions) still count it.
 */
export const NAME_FORMS: readonly MentionForm[] = [MentionForm.NAME, MentionForm.ALIAS, MentionForm.SURNAME, MentionForm.FIRST_NAME, MentionForm.ACRONYM];
