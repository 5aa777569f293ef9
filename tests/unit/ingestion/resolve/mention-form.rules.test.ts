import { extractEntities } from '../../../../src/ingestion/article.annotator';
import { mentionForm } from '../../../../src/ingestion/resolve/mention-form.rules';
import { MentionForm } from '../../../../src/types/mention-form';
import { articleFrom } from '../extract/entity.article-builder';

describe('mentionForm', () => {
  const person = { type: 'PERSON' as const, name: 'Ursula von der Leyen' };
  const nato = { type: 'ORGANIZATION' as const, name: 'NATO' };
  const ukraine = { type: 'LOCATION' as const, name: 'Ukraine', demonyms: ['Ukrainian'] };

  it.each([
    ['Ursula von der Leyen', person, MentionForm.NAME],
    ['URSULA VON DER LEYEN', person, MentionForm.NAME],
    ['von der Leyen', person, MentionForm.SURNAME],
    ['Leyen', person, MentionForm.SURNAME],
    ['Ursula', person, MentionForm.FIRST_NAME],
    ['Ursula Leyen', person, MentionForm.ALIAS],
    ['NATO', nato, MentionForm.ACRONYM],
    ['Atlantic Alliance', nato, MentionForm.ALIAS],
    ['U.S.', { type: 'LOCATION' as const, name: 'United States' }, MentionForm.ACRONYM],
    ['KYIV', { type: 'LOCATION' as const, name: 'Kyiv' }, MentionForm.NAME],
    ['Kiev', { type: 'LOCATION' as const, name: 'Kyiv' }, MentionForm.ALIAS],
    ['Ukrainian', ukraine, MentionForm.DEMONYM],
    ['Ukrainians', ukraine, MentionForm.DEMONYM],
    ['The Onion', { type: 'ORGANIZATION' as const, name: 'Onion' }, MentionForm.NAME],
    ['Gorbachev', { type: 'PERSON' as const, name: 'Gorbachev' }, MentionForm.SURNAME],
    ['Gloria', { type: 'PERSON' as const, name: 'Gloria' }, MentionForm.FIRST_NAME],
    ['Quorvle', { type: 'PERSON' as const, name: 'Tomas Quorvle Jr.' }, MentionForm.SURNAME],
    ['Lee', { type: 'PERSON' as const, name: 'Lee Jae-myung' }, MentionForm.SURNAME],
    ['Kim', { type: 'PERSON' as const, name: 'Kim Jong-un' }, MentionForm.SURNAME],
    ['Ann', { type: 'PERSON' as const, name: 'Ann Smith-Jones' }, MentionForm.FIRST_NAME],
    ['Quorvgoz', { type: 'PERSON' as const, name: 'Dilan Quorvgoz-Tellerius' }, MentionForm.SURNAME],
  ])('"%s" names %j by its %s', (text, entity, form) => {
    expect(mentionForm(text, entity)).toBe(form);
  });
});

describe('extractEntities: form and confidence of every mention', () => {
  const article = articleFrom([
    'The head of NATO, Jens Stoltenberg, arrived in Kiev on Monday.',
    '“We stand with Ukraine,” Stoltenberg said, as Ukrainian officials looked on.',
    'Jens Stoltenberg later met the North Atlantic Treaty Organization staff.',
  ]);
  const { entities, mentions } = extractEntities(article);
  const named = (text: string) => mentions.find((m) => article.body.slice(m.start, m.end) === text)!;

  it('says how the text names each entity', () => {
    expect(named('Jens Stoltenberg').form).toBe(MentionForm.NAME);
    expect(named('Stoltenberg').form).toBe(MentionForm.SURNAME);
    expect(named('NATO').form).toBe(MentionForm.ACRONYM);
    expect(named('Kiev').form).toBe(MentionForm.ALIAS);
    expect(named('Ukrainian').form).toBe(MentionForm.DEMONYM);
    expect(entities.find((e) => e.key === named('Kiev').entityKey)).toMatchObject({ name: 'Kyiv', geonamesId: 703448 });
  });

  it('gives every mention a confidence in [0, 1], more to a listed full name than to a surname alone', () => {
    for (const m of mentions) {
      expect(m.confidence).toBeGreaterThanOrEqual(0);
      expect(m.confidence).toBeLessThanOrEqual(1);
    }
    expect(named('Jens Stoltenberg').confidence).toBeGreaterThan(named('Stoltenberg').confidence);
  });
});
