import { registerEnumType } from 'type-graphql';
import { Attribution } from '../../entities/quote.entity';

/** Shows the domain's Attribution enum in the schema (imported by schema.ts before the schema is built). */
registerEnumType(Attribution, {
  name: 'Attribution',
  description: 'How the speaker of a quote was found.',
  valuesConfig: {
    EXPLICIT: { description: 'A name next to a cue verb: "Stoltenberg stressed", "said Ingrid Solberg".' },
    ACCORDING_TO: { description: '"according to X".' },
    PRONOUN: { description: '"he said": a pronoun resolved back to a named speaker.' },
    PHRASE: { description: '"the minister", "the company": a phrase resolved to an entity.' },
    CONTINUATION: { description: 'No cue: the same speaker as the neighbouring quote.' },
    SUBJECT: { description: 'No cue: the subject of the sentence that holds the quote.' },
    NONE: { description: 'No speaker found.' },
  },
});
