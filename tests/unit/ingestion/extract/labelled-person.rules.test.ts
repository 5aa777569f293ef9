import { extractTyped } from './entity.article-builder';

describe('labelled person rules', () => {
  it('reads two or three capitalised words after a noun for a person or an age as one person, whatever the words are alone', () => {
    expect(extractTyped(['The album was produced by the electronic musician Tove Quorvane Fors and is out now.']).mentions).toContain('Tove Quorvane Fors P');
    expect(extractTyped(['The driver, 38-year-old Anselmo Lima Quorvaz, was flown to hospital.']).mentions).toContain('Anselmo Lima Quorvaz P');
    expect(extractTyped(['Justice minister Beat Quorvans said the result was clear.']).mentions).toContain('Beat Quorvans P');
  });

  it('reads the words after a noun for a person that opens the sentence ("Actress Tacoma Quorvel") and the words before "of" ("biologist Merida Quorvex of the University") so', () => {
    expect(extractTyped(['Actress Durango Quintell laughed at her own name.']).mentions).toEqual(['Durango Quintell P']);
    expect(extractTyped(['Teenager Tacoma Quorvel said she was tired.']).mentions).toEqual(['Tacoma Quorvel P']);
    expect(extractTyped(['Marine biologist Merida Quorvex of the University of Seychelles said the reef was white.']).mentions).toEqual(['Merida Quorvex P', 'University of Seychelles O']);
    // A firm's noun labels no person: "steelmaker Tacoma Steel" stays the company.
    expect(extractTyped(['The cup is sponsored by steelmaker Tacoma Steel, whose plant is nearby.']).mentions).toEqual(['Tacoma Steel O']);
  });

  it('leaves a name the lists know whole, a place head and a title to the other rules', () => {
    expect(extractTyped(['The midfielder Aston Villa signed in January scored twice.']).mentions).toContain('Aston Villa O');
    expect(extractTyped(['The singer Quorvane Lane walked home.']).mentions).not.toContain('Quorvane Lane P');
    expect(extractTyped(['The lawyer Dr Ana Quorvle said the case was weak.']).mentions).not.toContain('Dr Ana Quorvle P');
  });
});
