import { registerEnumType } from 'type-graphql';
import { MentionForm } from '../../types/mention-form';

/** Shows the domain's MentionForm enum in the schema (imported by schema.ts before the schema is built). */
registerEnumType(MentionForm, {
  name: 'MentionForm',
  description: 'How the text of a mention names its entity.',
  valuesConfig: {
    NAME: { description: 'The canonical name, in any case ("Jens Stoltenberg", "KYIV" for Kyiv).' },
    ALIAS: { description: 'Any other name it goes by ("Kiev" for Kyiv, "Atlantic Alliance" for NATO).' },
    SURNAME: { description: 'A person\'s surname alone, with its particles ("Stoltenberg", "von der Leyen"); also a person the article names by one word that is no known given name.' },
    FIRST_NAME: { description: 'A person\'s given name alone ("Jens").' },
    ACRONYM: { description: 'Initials in capitals ("NATO", "US", "U.S.").' },
    DEMONYM: { description: 'A place\'s adjective or its plural ("Ukrainian", "Ukrainians" for Ukraine).' },
  },
});
