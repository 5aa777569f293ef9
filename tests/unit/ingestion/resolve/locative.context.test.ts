import { tokenizeArticle } from '../../../../src/ingestion/extract/article.tokenizer';
import { extractEntities } from '../../../../src/ingestion/article.annotator';
import { locativeContext } from '../../../../src/ingestion/resolve/locative.context';
import { articleFrom } from '../extract/entity.article-builder';

describe('locativeContext', () => {
  const context = (text: string, word: string) => {
    const doc = tokenizeArticle(articleFrom([text]));
    return locativeContext(doc, doc.tokens.findIndex((t) => t.text === word));
  };

  it('puts a place inside the country of "the Ukrainian peninsula of" or "Ukraine’s city of"', () => {
    expect(context('Troops left the Ukrainian peninsula of Crimea.', 'Crimea')).toEqual({ countryCode: 'UA', kind: 'region' });
    expect(context('Shells hit Ukraine’s city of Zorinsk.', 'Zorinsk')).toEqual({ countryCode: 'UA', kind: 'city' });
  });

  it('makes a place of "the town of", "the village of", "Ukraine’s eastern city of", the country only when one is named', () => {
    expect(context('Fire swept through the historic town of Vellamora.', 'Vellamora')).toEqual({ countryCode: null, kind: 'city' });
    expect(context('Rescuers reached the village of Zorinsk.', 'Zorinsk')).toEqual({ countryCode: null, kind: 'city' });
    expect(context('Shells hit Ukraine’s eastern city of Zorinsk.', 'Zorinsk')).toEqual({ countryCode: 'UA', kind: 'city' });
    expect(context('Clashes spread to the border town of Vellamora.', 'Vellamora')).toEqual({ countryCode: null, kind: 'city' });
    expect(context('He studied at the University of Vellamora.', 'Vellamora')).toBeNull();
    const article = articleFrom(['Fire swept through the town of Vellamora on Tuesday.']);
    expect(extractEntities(article).entities).toEqual([expect.objectContaining({ type: 'LOCATION', name: 'Vellamora', kind: 'city' })]);
  });

  it('makes a town of "the township of", "the hamlet of", "the municipality of" and of each name after "the townships of"', () => {
    expect(context('Rescuers reached the hamlet of Quorvelle on Tuesday.', 'Quorvelle')).toEqual({ countryCode: null, kind: 'city' });
    expect(context('The municipality of Quorvasta said 200 homes were damaged.', 'Quorvasta')).toEqual({ countryCode: null, kind: 'city' });
    expect(context('Police sealed off the mining township of Quorvale.', 'Quorvale')).toEqual({ countryCode: null, kind: 'city' });
    expect(context('Floods hit the townships of Quorvale and Tellbury overnight.', 'Tellbury')).toEqual({ countryCode: null, kind: 'city' });
  });

  it('reads up to three modifiers between "the" (or a capitalised word) and the noun, a country among them', () => {
    expect(context('Shells fell on the northern Syrian town of Vellamora.', 'Vellamora')).toEqual({ countryCode: 'SY', kind: 'city' });
    expect(context('Protesters filled the Kurdish-majority town of Vellamora.', 'Vellamora')).toEqual({ countryCode: null, kind: 'city' });
    expect(context('Rockets landed near the small northern border town of Vellamora.', 'Vellamora')).toEqual({ countryCode: null, kind: 'city' });
    expect(context('Strikes hit the southern outskirts of Vellamora.', 'Vellamora')).toEqual({ countryCode: null, kind: 'city' });
  });

  it('reads no closed-class word as a modifier, and none but a compass word before "state", "area" or "republic"', () => {
    expect(context('The head of state of Vellamora spoke.', 'Vellamora')).toBeNull();
    expect(context('The sorry state of Vellamora worried them.', 'Vellamora')).toBeNull();
    expect(context('Troops crossed into the northern state of Vellamora.', 'Vellamora')).toEqual({ countryCode: null, kind: 'region' });
  });

  it('makes a place of "the Red Sea resort of"', () => {
    expect(context('Talks opened in the Red Sea resort of Vellamora.', 'Vellamora')).toEqual({ countryCode: null, kind: 'city' });
  });

  it('makes a place of every name listed after a plural noun: "the towns of X, Y and Z"', () => {
    expect(context('Fires reached the towns of Vellamora, Zorinsk and Ostrava Vela.', 'Vellamora')).toEqual({ countryCode: null, kind: 'city' });
    expect(context('Fires reached the towns of Vellamora, Zorinsk and Ostrava Vela.', 'Zorinsk')).toEqual({ countryCode: null, kind: 'city' });
    expect(context('Fires reached the towns of Vellamora, Zorinsk and Ostrava Vela.', 'Ostrava')).toEqual({ countryCode: null, kind: 'city' });
    expect(context('Rescuers searched the villages of Vellamora and Zorinsk.', 'Zorinsk')).toEqual({ countryCode: null, kind: 'city' });
    expect(context('Voters in the northern provinces of Vellamora and Zorinsk backed him.', 'Zorinsk')).toEqual({ countryCode: null, kind: 'region' });
    // Only a list after a plural noun: the second name after a singular one is not in the phrase.
    expect(context('Fire swept through the town of Vellamora and Zorinsk said it would help.', 'Zorinsk')).toBeNull();
    const article = articleFrom(['Fires reached the towns of Santa Vellamora and Zorinsk on Friday.']);
    expect(extractEntities(article).entities).toEqual([
      expect.objectContaining({ type: 'LOCATION', name: 'Santa Vellamora' }),
      expect.objectContaining({ type: 'LOCATION', name: 'Zorinsk' }),
    ]);
  });

  it('makes a place of a name after a compass direction and "of" ("east of X", "30 km southwest of X"), no person with a given name', () => {
    expect(context('The clashes broke out east of Vellamora on Wednesday.', 'Vellamora')).toEqual({ countryCode: null, kind: 'region', byDirection: true });
    const places = (text: string) => extractEntities(articleFrom([text])).entities.map((e) => [e.type, e.name]);
    expect(places('The village lies 30 km southwest of Quorvle Dara.')).toEqual([['LOCATION', 'Quorvle Dara']]);
    expect(places('She sat south of Ann Marie Quorvle at the dinner.')).toEqual([['PERSON', 'Ann Marie Quorvle']]);
  });

  it('makes a place of a name before "crossing", a border crossing', () => {
    const article = articleFrom(['Aid trucks waited at the Vellamora crossing on Monday.']);
    expect(extractEntities(article).entities).toEqual([expect.objectContaining({ type: 'LOCATION', name: 'Vellamora', kind: 'facility' })]);
  });

  it('says nothing without such a phrase', () => {
    expect(context('Troops left Crimea.', 'Crimea')).toBeNull();
  });
});

describe('a name both a state and a city bear', () => {
  const keys = (text: string) => {
    const article = articleFrom([text]);
    const r = extractEntities(article);
    return r.mentions.map((m) => [article.body.slice(m.start, m.end), m.entityKey]);
  };

  it('is the state after "<place>, ", before "state" or after "Governor of", else the big city or the capital', () => {
    expect(keys('The family moved from Albany, New York to New York in May, then to New York state.')).toEqual([
      ['Albany', 'LOCATION:US:albany'],
      ['New York', 'LOCATION:new york'],
      ['New York', 'LOCATION:US:new york city'],
      ['New York', 'LOCATION:new york'],
    ]);
    expect(keys('The museum in Tacoma, Washington and the Governor of Washington wrote to Washington.').map((k) => k[1])).toEqual([
      'LOCATION:US:tacoma',
      'LOCATION:washington',
      'LOCATION:washington',
      'LOCATION:US:washington',
    ]);
  });

  it('is the state when the city of that name is a town of another country ("Florida", not the Cuban town)', () => {
    const r = extractEntities(articleFrom(['Storms hit Florida on Monday.']));
    expect(r.entities.find((e) => e.name === 'Florida')).toMatchObject({ kind: 'region', withinKey: 'LOCATION:US', countryCode: 'US' });
  });

  it('is the state or province before a small "province" ("Buenos Aires province"), the city elsewhere', () => {
    expect(keys('Floods hit Buenos Aires province on Monday. In Buenos Aires, the mayor spoke.').map((k) => k[1])).toEqual(['LOCATION:buenos aires', 'LOCATION:AR:buenos aires']);
  });

  it('is the state when the article calls the city of that name "<name> City" ("Quebec" beside "Quebec City")', () => {
    expect(keys('Voters in Quebec went to the polls. In Quebec City, the premier conceded.').map((k) => k[1])).toEqual(['LOCATION:quebec', 'LOCATION:CA:quebec']);
    // Without it the name is the city, as the lists give it.
    expect(keys('Voters in Quebec went to the polls.').map((k) => k[1])).toEqual(['LOCATION:CA:quebec']);
  });

  it('is the state after "<place>, " whatever country the city of that name lies in', () => {
    expect(keys('Quorvel flew to Sarnby, Ontario on Monday.').map((k) => k[1])).toContain('LOCATION:ontario');
  });
});

describe('stateAfter: a name before a comma and a country’s possessive', () => {
  const types = (text: string) => {
    const r = extractEntities(articleFrom([text]));
    return r.entities.map((e) => `${e.name} ${e.type}`);
  };

  it('is a place only when the possessive owns a place’s noun ("Hungary’s oldest spa town"), not an award ("Hungary’s top award")', () => {
    expect(types('The team flew to Vorvell, Hungary’s oldest spa town, on Monday.')).toEqual(['Vorvell LOCATION', 'Hungary LOCATION']);
    expect(types('She accepted the Quorvle Prize, Hungary’s top award for science, on Monday.')).toEqual(['Hungary LOCATION']);
  });
});

describe('a gazetteer city written before a state of another country', () => {
  const places = (text: string) => {
    const r = extractEntities(articleFrom([text]));
    return r.entities.filter((e) => e.type === 'LOCATION' && e.kind === 'city').map(({ name, countryCode, geonamesId }) => ({ name, countryCode, geonamesId: geonamesId ?? null }));
  };

  it('is a town of that state\'s country ("Paris, Texas", "London, Ontario"), not the city of the gazetteer', () => {
    expect(places('The fair in Paris, Texas opened with a rodeo.')).toEqual([{ name: 'Paris', countryCode: 'US', geonamesId: null }]);
    expect(places('Police in London, Ontario on Monday arrested a man.')).toEqual([{ name: 'London', countryCode: 'CA', geonamesId: null }]);
  });

  it('stays the city before its own country or state, or alone', () => {
    expect(places('Police in Paris, France arrested a man.')).toEqual([{ name: 'Paris', countryCode: 'FR', geonamesId: 2988507 }]);
    expect(places('Taipei, Taiwan — The festival opened.')).toEqual([{ name: 'Taipei', countryCode: 'TW', geonamesId: 1668341 }]);
    expect(places('The mayor of Paris spoke.')).toEqual([{ name: 'Paris', countryCode: 'FR', geonamesId: 2988507 }]);
  });
});

describe('a name in a locative phrase or before a region noun', () => {
  const found = (text: string) => {
    const article = articleFrom([text]);
    const r = extractEntities(article);
    const byKey = new Map(r.entities.map((e) => [e.key, e]));
    return r.mentions.map((m) => [article.body.slice(m.start, m.end), byKey.get(m.entityKey)!.type]);
  };

  it('is a place, though it reads as a person\'s name, after "the northern town of" or before "province"', () => {
    expect(found('Rockets landed near the northern town of Kiryat Vellamo.')).toEqual([['Kiryat Vellamo', 'LOCATION']]);
    expect(found('Thousands fled to the capital of North Vellamo province on Monday.')).toEqual([['North Vellamo', 'LOCATION']]);
    expect(found('Ballots remained in Vellamo and Orrick counties.')).toEqual([['Vellamo', 'LOCATION'], ['Orrick', 'LOCATION']]);
  });

  it('is no place before a region noun that opens an office, nor an English word before "state"', () => {
    expect(found('The Orrick district attorney said on Monday that charges were dropped.').filter(([, type]) => type === 'LOCATION')).toEqual([]);
    expect(found('She will visit the Sunshine state next week.')).toEqual([]);
  });

  it('is a place before a lower-case "airport", whatever follows it', () => {
    expect(found('A bomb threat at Orrick airport closed it.')).toEqual([['Orrick', 'LOCATION']]);
    expect(found('Vellamo Quarne airport officials said flights resumed.')).toEqual([['Vellamo Quarne', 'LOCATION']]);
  });

  it('is a place when a name no list knows follows "near", not an organization before the verb', () => {
    expect(found('The fire near Vellamora had been contained by Monday.')).toEqual([['Vellamora', 'LOCATION']]);
  });

  it('is a site when a name no list knows stands before a site\'s noun: a field, a mine, a mosque, a desert', () => {
    expect(found('The talks concern a stake in the Quorvatak field held by a consortium.')).toEqual([['Quorvatak', 'LOCATION']]);
    expect(found('Output at the Vellamora copper mine fell 12%, and the larger Quorvatak field was shut.')).toEqual([['Vellamora', 'LOCATION'], ['Quorvatak', 'LOCATION']]);
    expect(found('Gold came from its Quorvatak open pit in the Zylkarum desert and other mines.')).toEqual([['Quorvatak', 'LOCATION'], ['Zylkarum', 'LOCATION']]);
    expect(found('A ferry capsized on the Quorvatak river, and floods hit the Zylkarum valley.')).toEqual([['Quorvatak', 'LOCATION'], ['Zylkarum', 'LOCATION']]);
    expect(found('Runners finished near the Quorvoubia mosque.')).toEqual([['Quorvoubia', 'LOCATION']]);
  });

  it('is no site when the name opens its sentence before a verb the noun may be, is a known word, or a compound modifier', () => {
    expect(found('Quorvatak mines copper in the north.').filter(([, type]) => type === 'LOCATION')).toEqual([]);
    expect(found('McIlroy tops the Masters field.').filter(([, type]) => type === 'LOCATION')).toEqual([]);
    expect(found('He ran the Scientology-critic mosque forum.').filter(([, type]) => type === 'LOCATION')).toEqual([]);
  });
});

describe('a great city by its short form', () => {
  it('is the city ("the mayor of LA", "in L.A.", "NYC")', () => {
    const r = extractEntities(articleFrom(['The mayor of LA said traffic in L.A. was heavy, as it is in NYC.']));
    const byKey = new Map(r.entities.map((e) => [e.key, e]));
    expect(r.mentions.map((m) => byKey.get(m.entityKey)!.name)).toEqual(['Los Angeles', 'Los Angeles', 'New York City']);
  });
});
