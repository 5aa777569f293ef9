/**
 * Well-known places that are neither countries nor cities: world regions, seas and oceans, great islands,
 * territories, and countries that no longer exist (historical places: Yugoslavia), with the names they go by. `countryCode` is set only where the place lies within one
 * country beyond dispute (Siberia, Scotland); `kind` is what users filter on.
 */
export interface RegionRecord {
  name: string;
  kind: 'region' | 'sea' | 'ocean' | 'continent' | 'river' | 'mountain' | 'island' | 'former country';
  aliases: string[];
  countryCode: string | null;
}

const R = (name: string, kind: RegionRecord['kind'], aliases: string[] = [], countryCode: string | null = null): RegionRecord =>
  ({ name, kind, aliases, countryCode });

/** The table, in no particular order. */
export const REGIONS: readonly RegionRecord[] = [
  R('Europe', 'continent'), R('Asia', 'continent'), R('Africa', 'continent'),
  R('North America', 'continent'), R('South America', 'continent'), R('Oceania', 'continent'),
  R('Antarctica', 'continent'),
  R('West', 'region', ['Western world']),
  R('Balkans', 'region', ['Balkan Peninsula', 'Western Balkans']), R('Baltics', 'region', ['Baltic States']),
  R('Caucasus', 'region', ['South Caucasus', 'North Caucasus']), R('Scandinavia', 'region'),
  R('Middle East', 'region', ['Mideast']), R('Near East', 'region'), R('Far East', 'region'),
  R('Central Asia', 'region'), R('Southeast Asia', 'region'), R('South Asia', 'region'),
  R('East Asia', 'region'), R('Central Europe', 'region'), R('Eastern Europe', 'region'),
  R('Western Europe', 'region'), R('Latin America', 'region'), R('Central America', 'region'),
  R('Caribbean', 'region'), R('Sahel', 'region'), R('Maghreb', 'region'), R('Levant', 'region'),
  R('Horn of Africa', 'region'), R('North Africa', 'region'), R('West Africa', 'region'),
  R('East Africa', 'region'), R('Sub-Saharan Africa', 'region'), R('Arctic', 'region'),
  R('Kashmir', 'region'), R('Kurdistan', 'region'), R('Sinai', 'region', ['Sinai Peninsula'], 'EG'),
  R('Crimea', 'region', ['Crimean Peninsula']), R('Donbas', 'region', ['Donbass'], 'UA'),
  R('Gaza Strip', 'region', ['Gaza'], 'PS'), R('West Bank', 'region', [], 'PS'),
  R('Golan Heights', 'region'), R('Nagorno-Karabakh', 'region'), R('Transnistria', 'region'),
  R('Siberia', 'region', [], 'RU'), R('Chechnya', 'region', [], 'RU'), R('Tibet', 'region', [], 'CN'),
  R('Xinjiang', 'region', [], 'CN'), R('Catalonia', 'region', [], 'ES'), R('Basque Country', 'region', [], 'ES'),
  R('England', 'region', [], 'GB'), R('Scotland', 'region', [], 'GB'), R('Wales', 'region', [], 'GB'),
  R('Northern Ireland', 'region', [], 'GB'), R('Midwest', 'region', ['Middle West'], 'US'), R('Silicon Valley', 'region', [], 'US'),
  R('New England', 'region', [], 'US'), R('Pacific Northwest', 'region', [], 'US'), R('Darfur', 'region', [], 'SD'),
  R('Scottish Highlands', 'region', ['Highlands of Scotland'], 'GB'), R('Ruhr', 'region', ['Ruhr valley', 'Ruhr Valley'], 'DE'), R('Rhineland', 'region', [], 'DE'),
  R('Black Forest', 'region', [], 'DE'), R('Silesia', 'region'), R('Transylvania', 'region', [], 'RO'), R('Dalmatia', 'region', [], 'HR'),
  R('French Riviera', 'region', ['Riviera', "Cote d'Azur", "Côte d'Azur"], 'FR'), R('Americas', 'region'), R('Asia-Pacific', 'region', ['Asia Pacific']), R('Nordics', 'region', ['Nordic countries']), R('Gulf', 'region', ['Gulf region']),
  R('Bay Area', 'region', ['San Francisco Bay Area'], 'US'), R('Hamptons', 'region', [], 'US'), R('Great Lakes', 'region'), R('Great Plains', 'region', [], 'US'), R('Sahara', 'region', ['Sahara Desert']), R('Patagonia', 'region'), R('Alps', 'mountain'), R('Himalayas', 'mountain'), R('Andes', 'mountain'),
  R('Nile', 'river', ['Nile River', 'River Nile']), R('Rhine', 'river', ['Rhine River', 'River Rhine']), R('Danube', 'river', ['Danube River', 'River Danube']),
  R('Mekong', 'river', ['Mekong River']), R('Yangtze', 'river', ['Yangtze River']), R('Thames', 'river', ['River Thames'], 'GB'), R('Seine', 'river', ['River Seine'], 'FR'),
  R('Volga', 'river', ['Volga River'], 'RU'), R('Dnieper', 'river', ['Dnieper River']), R('Euphrates', 'river', ['Euphrates River']), R('Tigris', 'river', ['Tigris River']),
  R('Ganges', 'river', ['Ganges River', 'Ganga']), R('Indus', 'river', ['Indus River']), R('Zambezi', 'river', ['Zambezi River']),
  R('Black Sea', 'sea'), R('Baltic Sea', 'sea'), R('North Sea', 'sea'), R('Mediterranean', 'sea', ['Mediterranean Sea']),
  R('Aegean Sea', 'sea'), R('Adriatic Sea', 'sea'), R('Caspian Sea', 'sea'), R('Sea of Azov', 'sea'),
  R('Red Sea', 'sea'), R('South China Sea', 'sea'), R('East China Sea', 'sea'), R('Arabian Sea', 'sea'),
  R('Persian Gulf', 'sea'), R('Gulf of Mexico', 'sea'), R('Caribbean Sea', 'sea'),
  R('Sea of Japan', 'sea'), R('Barents Sea', 'sea'), R('Strait of Hormuz', 'sea'), R('Taiwan Strait', 'sea'),
  R('English Channel', 'sea'), R('Bosphorus', 'sea'),
  R('Atlantic Ocean', 'ocean', ['Atlantic']), R('Pacific Ocean', 'ocean', ['Pacific']), R('Indian Ocean', 'ocean'),
  R('Arctic Ocean', 'ocean'), R('Southern Ocean', 'ocean'),
  R('Borneo', 'island'), R('New Guinea', 'island'), R('Hispaniola', 'island'), R('Sumatra', 'island', [], 'ID'),
  R('Sulawesi', 'island', ['Celebes'], 'ID'), R('Kalimantan', 'island', [], 'ID'), R('Lombok', 'island', [], 'ID'),
  R('Central Java', 'region', [], 'ID'), R('East Java', 'region', [], 'ID'), R('West Java', 'region', [], 'ID'),
  R('Luzon', 'island', [], 'PH'), R('Mindanao', 'island', [], 'PH'), R('Visayas', 'island', [], 'PH'),
  R('Honshu', 'island', [], 'JP'), R('Kyushu', 'island', [], 'JP'), R('Shikoku', 'island', [], 'JP'),
  R('Mallorca', 'island', ['Majorca'], 'ES'), R('Menorca', 'island', ['Minorca'], 'ES'), R('Ibiza', 'island', [], 'ES'),
  R('Gran Canaria', 'island', [], 'ES'), R('Lampedusa', 'island', [], 'IT'), R('Lesbos', 'island', ['Lesvos'], 'GR'),
  R('Corfu', 'island', [], 'GR'), R('Maui', 'island', [], 'US'), R('Oahu', 'island', [], 'US'), R("Martha's Vineyard", 'island', [], 'US'), R('Socotra', 'island', [], 'YE'), R('Bougainville', 'island', [], 'PG'),
  R('Soviet Union', 'former country', ['USSR', 'U.S.S.R.', 'Union of Soviet Socialist Republics']),
  R('Yugoslavia', 'former country'), R('Czechoslovakia', 'former country'),
  R('East Germany', 'former country', ['German Democratic Republic', 'GDR']), R('West Germany', 'former country'),
  R('Ottoman Empire', 'former country'), R('Austria-Hungary', 'former country'),
];
