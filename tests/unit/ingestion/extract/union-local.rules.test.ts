import { extractTyped } from './entity.article-builder';

/** A union's local named by its number (union-local.rules.ts). Every union here is made up. */
describe('unionLocals: a union and its local’s number are one organization', () => {
  it('reads a union’s name, its capitalised "Local" and the number after it as one organization, "and" or "of" inside, "The" left out', () => {
    expect(extractTyped(['Ann Quorvel, president of QWU Local 652, said the union would negotiate.']).mentions).toEqual(['Ann Quorvel P', 'QWU Local 652 O']);
    expect(extractTyped(['The Brellow Food and Transit Workers Union Local 1015, which represents drivers, said it would oppose any cuts.']).mentions).toEqual([
      'Brellow Food and Transit Workers Union Local 1015 O',
    ]);
  });

  it('leaves "Local" alone without a union’s name before it, or before a capitalised word after the number', () => {
    expect(extractTyped(['Viewers of Local 4 News saw the fire.']).mentions).not.toContain('Local 4 News O');
    expect(extractTyped(['Local 77 members voted on Monday.']).mentions).not.toContain('Local 77 O');
  });
});
