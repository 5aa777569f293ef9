import { ArgsType, Field } from 'type-graphql';
import { MentionForm, NAME_FORMS } from '../../types/mention-form';

/** The arguments of a list of mentions (`Article.mentions`, `Quote.mentions`): which forms of naming. */
@ArgsType()
export class MentionListArgs {
  @Field(() => [MentionForm], {
    defaultValue: [...NAME_FORMS],
    description: 'Only mentions of these forms. By default the names: demonyms ("Ukrainian", "Americans") are adjectives and peoples, not names, and come only when DEMONYM is asked for.',
  })
  forms!: MentionForm[];
}
