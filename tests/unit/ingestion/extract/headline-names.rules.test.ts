import { extractTyped } from './entity.article-builder';

/**
 * A headline's names (Title Case or sentence case) read from the article's body (headline-names.rules.ts). Every article here is made up, and so
 * are its towns, firms and people; the countries and Madrid are real, so the lists know them.
 */
const mentions = (...lines: string[]): string[] => extractTyped(lines, false).mentions;

describe('headlineNamesFromBody: a headline’s names are the body’s', () => {
  it('finds a name the body writes inside a longer run of headline capitals, with the body’s reading', () => {
    expect(
      mentions('Harvelle Brewery Saved By Community Share Offer', 'A brewery in Harvelle, a market town in Cumbria, has been saved after 900 residents bought shares.'),
    ).toEqual(['Harvelle L', 'Harvelle L', 'Cumbria L']);
    expect(
      mentions('Teenage Riders From Karuvi Sweep Junior Championships', 'Four riders from Karuvi, a town in northern Rwanda, won every race of the junior championships on Sunday.'),
    ).toEqual(['Karuvi L', 'Karuvi L', 'Rwanda L']);
    expect(
      mentions(
        'Finnish City Of Kessilä To Close Hallola Library Branch',
        'The city of Kessilä, in southern Finland, will close its library branch in Hallola, a district of 9,000 people, in June.',
      ),
    ).toEqual(['Kessilä L', 'Hallola L', 'Kessilä L', 'Finland L', 'Hallola L']);
  });

  it('takes the body’s span for a name the headline reads shorter or longer', () => {
    expect(
      mentions('Tarnwick Bus Drivers Stage First Strike', 'Drivers employed by Tarnwick Bus Ltd walked out on Monday, and Tarnwick Bus said talks would resume.'),
    ).toEqual(['Tarnwick Bus O', 'Tarnwick Bus Ltd O', 'Tarnwick Bus O']);
    expect(mentions('Osgrave Village’s Oyster Festival Returns', 'The festival in Osgrave, a village of 300 people in Ireland, was held on Saturday.')).toEqual([
      'Osgrave L',
      'Osgrave L',
      'Ireland L',
    ]);
  });

  it('reads a name of two words or more that opens the headline with an ordinary word, and one the body types an organization only after reading it, as the body’s organization', () => {
    // "Free" opening the headline is parted from "Ticket" by the tokenizer: the words are still written as the body writes them.
    expect(
      mentions('Free Ticket Wins Mayoralty Of Brellow In Municipal Elections', 'Voters elected mayors on Sunday, and the green-left Free Ticket (FT) won a mayoralty for the first time in the party\'s history.'),
    ).toEqual(['Free Ticket O', 'Free Ticket O', 'FT O']);
    expect(
      mentions('Quorvan Harbour Wins Mayoralty Of Brellow In Municipal Elections', 'Voters elected mayors on Sunday, and the green-left Quorvan Harbour (QH) won a mayoralty for the first time in the party\'s history.'),
    ).toEqual(['Quorvan Harbour O', 'Quorvan Harbour O', 'QH O']);
  });

  it('reads a name in a wire brief’s bullet in capitals from the lines that write it in mixed case, keeping the bullet’s own names', () => {
    expect(
      mentions(
        'BRIEF-Iraqi Bank says Q1 net profit up 9%',
        'March 30 (Reuters) - Iraqi Bank:',
        '* IRAQI BANK SAYS Q1 NET PROFIT ATTRIBUTABLE $253.4 MILLION VERSUS $232.1 MILLION YEAR AGO',
        '* IRAQI BANK SAYS RECEIVED APPROVAL TO OPEN SECOND BRANCH IN RIYADH',
      ),
    ).toEqual(['Iraqi Bank O', 'Reuters O', 'Iraqi Bank O', 'IRAQI BANK O', 'IRAQI BANK O', 'RIYADH L']);
  });

  it('drops a headline name that neither the body nor a list knows, keeping the places a list knows inside it', () => {
    expect(mentions('Free Audiobook Of Old Novel Finished By Volunteers', 'Volunteers of the project Pellory finished the recording on Sunday, Pellory said.')).toEqual([
      'Pellory O',
      'Pellory O',
    ]);
    expect(mentions('Floods Hit Northern Portugal As Rivers Rise', 'Heavy rain closed roads and schools on Monday, officials said.')).toEqual(['Portugal L']);
  });

  it('drops a headline word the body writes in lower case, capitalised only inside a longer name', () => {
    expect(
      mentions(
        'Retired Teacher Wins Bridge Congress At Tenby',
        'A retired teacher from Swansea won the bridge congress in Tenby on Sunday. The congress drew 200 players, and the Welsh Bridge Congress Trust gave the prizes.',
      ),
    ).toEqual(['Tenby L', 'Swansea L', 'Tenby L', 'Welsh Bridge Congress Trust O']);
  });

  it('keeps a headline’s surname of a person the body names in full, and a name a list knows whole', () => {
    expect(
      mentions('Quimby Gives Party A Boost Before Vote', 'Senator Nora Quimby said on Tuesday that she would campaign for the Liberal Party in the spring. Quimby, 54, has led it since 2019.'),
    ).toEqual(['Quimby P', 'Nora Quimby P', 'Liberal Party O', 'Quimby P']);
    expect(mentions('Floods Hit Madrid As Rivers Rise Across Spain', 'Heavy rain closed roads and schools on Monday, officials said.')).toEqual(['Madrid L', 'Spain L']);
  });
});

describe('headlineNamesFromBody: a headline in sentence case', () => {
  it('finds a name the body reads where the headline’s few words read none', () => {
    expect(
      mentions(
        'Former Haskell Varro trader found guilty of fraud in Madrid',
        'A former trader at Haskell Varro was found guilty on Tuesday. Haskell Varro said it had cooperated with the inquiry.',
      ),
    ).toEqual(['Haskell Varro O', 'Madrid L', 'Haskell Varro O', 'Haskell Varro O']);
  });

  it('gives a headline name the body’s type', () => {
    expect(mentions('Moreau scores twice as Lyon go top', 'Lyon beat Nantes 2-0 on Saturday to go top of the league. Lyon coach Remi Tavel praised Moreau.')).toEqual([
      'Lyon O',
      'Lyon O',
      'Nantes O',
      'Lyon O',
      'Remi Tavel P',
      'Moreau P',
    ]);
  });

  it('keeps the headline’s own longer name where a capitalised word beyond the body’s name stands in it', () => {
    expect(
      mentions('Ex-trader at Marlow Keane Capital jailed', 'A former trader at Marlow Keane was jailed for fraud on Friday. Marlow Keane said it had helped the police.'),
    ).toEqual(['Marlow Keane Capital O', 'Marlow Keane O', 'Marlow Keane O']);
  });
});
