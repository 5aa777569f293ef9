import { extractTyped } from './entity.article-builder';

describe('labelled person rules', () => {
  it('reads two or three capitalised words after a noun for a person or an age as one person, whatever the words are alone', () => {
    expect(extractTyped(['The album was produced by the electronic musician Tove Quorvane Fors and is out now.']).mentions).toContain('Tove Quorvane Fors P');
    expect(extractTyped(['The driver, 38-year-old Anselmo Lima Quorvaz, was flown to hospital.']).mentions).toContain('Anselmo Lima Quorvaz P');
    expect(extractTyped(['Justice minister Beat Quorvans said the result was clear.']).mentions).toContain('Beat Quorvans P');
  });

  it('leaves a name the lists know whole, a place head and a title to the other rules', () => {
    expect(extractTyped(['The midfielder Aston Villa signed in January scored twice.']).mentions).toContain('Aston Villa O');
    expect(extractTyped(['The singer Quorvane Lane walked home.']).mentions).not.toContain('Quorvane Lane P');
    expect(extractTyped(['The lawyer Dr Ana Quorvle said the case was weak.']).mentions).not.toContain('Dr Ana Quorvle P');
  });
});
