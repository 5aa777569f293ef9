import { extractTyped } from './entity.article-builder';

describe('definite place rules', () => {
  it('reads a person-shaped name after a place\'s preposition and "the" that ends its phrase or stands before a place\'s noun as a place ("across the Conan Quorvas")', () => {
    expect(extractTyped(['Hundreds of walkers travelled across the Conan Quorvas on Sunday.']).mentions).toEqual(['Conan Quorvas L']);
    expect(extractTyped(['Heavy rain fell over the Morgan Tellis for two days.']).mentions).toEqual(['Morgan Tellis L']);
    expect(extractTyped(['At the Dario Quorvelli, the home side scored twice.']).mentions).toEqual(['Dario Quorvelli L']);
    expect(extractTyped(['The plane flew through the Carla Quorvandi valley before it turned back.']).mentions).toEqual(['Carla Quorvandi L']);
  });

  it('leaves a name that modifies a noun, a person\'s sign, "of the" and a person the article names to the other rules', () => {
    expect(extractTyped(['Supporters gathered at the Conan Quorvel rally on Sunday.']).mentions).toEqual(['Conan Quorvel P']);
    expect(extractTyped(['The prize was handed to the family at the Ann Quorvel, who had died in May.']).mentions).toEqual(['Ann Quorvel P']);
    expect(extractTyped(['He asked for the return of the Conan Quorvas.']).mentions).toEqual(['Conan Quorvas P']);
    expect(extractTyped(['Dana Morland said the fund would grow.', 'Crowds waited at the Dana Morland.']).mentions).toEqual(['Dana Morland P', 'Dana Morland P']);
  });
});
