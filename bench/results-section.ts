/**
 * Named sections of bench/RESULTS.md that one kind of run owns and the others keep: the text
 * between `<!-- name -->` and `<!-- /name -->` (marks included).
 */

const marks = (name: string) => [`<!-- ${name} -->`, `<!-- /${name} -->`] as const;

/** The section `name` of a RESULTS.md text, marks included; '' when it has none. */
export function sectionOf(text: string, name: string): string {
  const [start, end] = marks(name);
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  return from >= 0 && to > from ? text.slice(from, to + end.length) : '';
}

/** `body` wrapped in the marks of section `name`. */
export function markedSection(name: string, body: string): string {
  const [start, end] = marks(name);
  return `${start}\n${body.trim()}\n${end}`;
}

/**
 * `text` without its sections `names`, then those of `sections` that are not '' appended in the
 * order given: a run rewrites its own part and keeps the others' where they were found.
 */
export function withSections(text: string, names: string[], sections: string[]): string {
  let rest = text;
  for (const name of names) {
    const own = sectionOf(rest, name);
    if (own) rest = rest.replace(own, '');
  }
  rest = rest.replace(/\n{3,}/g, '\n\n').trimEnd();
  const kept = sections.filter((s) => s !== '');
  return kept.length ? `${rest}\n\n${kept.join('\n\n')}\n` : `${rest}\n`;
}
