import { Field, Int, ObjectType } from 'type-graphql';
import { QUOTE_TEXT_BYTES, Size } from './size.decorator';

/** A stretch of an article's body: `text == Article.body.slice(start, end)`. */
@ObjectType({ simpleResolvers: true, description: 'A stretch of `Article.body`, in JavaScript string indices (UTF-16 code units): `text == body.slice(start, end)`.' })
export class TextSpan {
  @Field(() => Int, { description: 'Offset of the first character.' })
  start!: number;

  @Field(() => Int, { description: 'Offset just past the last character.' })
  end!: number;

  @Field({ description: 'The spanned text, verbatim.' })
  @Size(QUOTE_TEXT_BYTES)
  text!: string;
}

/** Builds a span from its offsets and the text they cover. */
export function textSpan(start: number, end: number, text: string): TextSpan {
  return Object.assign(new TextSpan(), { start, end, text });
}
