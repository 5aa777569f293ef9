import { extractTyped } from './entity.article-builder';

/** A state's chambers named by the state's name and "House" or "Senate" (state-chamber.rules.ts). */
describe('stateChambers: a state’s House or Senate is one organization', () => {
  it('reads "the Ohio House", "the Ohio Senate" and "the Virginia House of Delegates" as the state’s chambers, not the state and the US Senate', () => {
    const { mentions, names } = extractTyped([
      'The bill passed the Ohio House on Wednesday and the Ohio Senate on Thursday, and the Virginia House of Delegates passed its own.',
    ]);
    expect(mentions).toEqual(['Ohio House O', 'Ohio Senate O', 'Virginia House of Delegates O']);
    expect(names).not.toContain('US Senate');
  });

  it('leaves a state’s possessive before the chamber, and a state and "House" that a comma parts, to the other rules', () => {
    expect(extractTyped(['The senator from Ohio, Senate Majority Leader Quorvel Tanna, said the vote would wait.']).mentions).toEqual(['Ohio L', 'Senate O', 'Quorvel Tanna P']);
  });
});
