import { registerEnumType } from 'type-graphql';
import { QuoteKind } from '../../types/quote-kind';

/** Shows the domain's QuoteKind enum in the schema (imported by schema.ts before the schema is built). */
registerEnumType(QuoteKind, {
  name: 'QuoteKind',
  description:
    'What a quote is. The pieces of one statement are separate quotes: a MIXED statement and each DIRECT quote inside it are stored and returned apart (the DIRECT span lies inside the MIXED one; one speaker), so the verbatim words stay findable as DIRECT. Filters and `kind` arguments that name no kind mean [DIRECT].',
  valuesConfig: {
    DIRECT: { description: 'The content is entirely inside quotation marks: the speaker\'s own words ("We cannot allow that," he said).' },
    MIXED: { description: 'Reported content that holds quoted words: He called the plan "dead on arrival".' },
    INDIRECT: { description: 'Reported content without quotation marks: Stoltenberg said Russia must withdraw.' },
  },
});
