import { extractEntities } from '../../../../src/ingestion/article.annotator';
import { articleFrom, extractTyped } from './entity.article-builder';

/**
 * Clubs named by their city or by one word in sports copy (sports-team.rules.ts). Every report here is
 * made up; the cities are real, so the lists know them as places.
 */
const mentions = (...lines: string[]): string[] => extractTyped(lines, false).mentions;

/** Each mention of an organization as "text = the organization's name". */
function clubMentions(...lines: string[]): string[] {
  const article = articleFrom(lines);
  const result = extractEntities(article);
  const byKey = new Map(result.entities.map((e) => [e.key, e]));
  return result.mentions
    .filter((m) => byKey.get(m.entityKey)?.type === 'ORGANIZATION')
    .map((m) => `${article.body.slice(m.start, m.end)} = ${byKey.get(m.entityKey)!.name}`);
}

describe('typeSportsTeams: clubs named by a city or a word in sports copy', () => {
  it('takes a city or an unknown name on a side of a result, as an opponent or before a club’s people for the club, and every other naming of it', () => {
    expect(
      mentions(
        'LEEDS, England (Reuters) - Leeds came from behind to beat Brighton 2-1 on Tuesday to climb out of the relegation zone.',
        'Brighton fans booed at the final whistle. Leeds face Southampton on Saturday in the league.',
        'Wolverhampton drew 0-0 with Quorrington, while Southampton won 3-1 at Fulham and the match between Tellby and Brighton was postponed.',
      ),
    ).toEqual([
      'LEEDS L',
      'England L',
      'Reuters O',
      'Leeds O',
      'Brighton O',
      'Brighton O',
      'Leeds O',
      'Southampton O',
      'Wolverhampton O',
      'Quorrington O',
      'Southampton O',
      'Fulham O',
      'Tellby O',
      'Brighton O',
    ]);
  });

  it('leaves a club’s city a place where it stands as one: after a preposition, before a noun it modifies, in a dateline', () => {
    expect(
      mentions(
        'Leeds (AP) - Leeds beat Brighton 2-1 on Tuesday, and their striker scored his tenth goal of the season.',
        'Earlier, the Leeds mayor opened a library, and thousands of people in Brighton marched for climate action.',
      ),
    ).toEqual(['Leeds L', 'AP O', 'Leeds O', 'Brighton O', 'Leeds L', 'Brighton L']);
  });

  it('keeps a country a place, and a people’s word no club, though it stands where a club does', () => {
    expect(
      mentions('Portugal beat Ghana 3-2 in the group stage, with a late goal from the English midfielder.', 'Ghana coach Kwame Adu said his squad would recover.'),
    ).toEqual(['Portugal L', 'Ghana L', 'Ghana L', 'Kwame Adu P']);
  });

  it('reads American team copy: a city beside a team named by its plural ("the Hornets beat Denver 101-99")', () => {
    expect(
      mentions('The Hornets beat Denver 101-99 on Friday, handing the coach his third straight defeat of the season.', 'Denver host Miami on Sunday in a playoff rematch. Fans in Denver were angry.'),
    ).toEqual(['Hornets O', 'Denver O', 'Denver O', 'Miami O', 'Denver L']);
  });

  it('changes nothing in an article that is no sports copy', () => {
    expect(
      mentions(
        'The council voted 31-20 to raise taxes. Leeds beat Brighton to the new rail line, a win for the north, the manager of the project said.',
        'Voters against Brighton’s plan filed a petition.',
      ),
    ).toEqual(['Leeds L', 'Brighton L', 'Brighton L']);
  });

  it('takes the opponent of a result written with an infinitive and its score ("came back to draw 2-2 with Brentford")', () => {
    expect(mentions('Two late goals let Quorrington come back to draw 2-2 with Brentford, whose coach blamed the referee.')).toEqual(['Brentford O']);
  });

  it('reads a town with a club’s word after it as one club ("Nottingham Forest", "Luton Town"), not a city so named ("Kansas City")', () => {
    expect(
      mentions(
        'Nottingham Forest drew 0-0 with Luton Town, and Kansas City beat Quorrington 2-1 in the playoff semifinal.',
        'The striker scored before halftime, while fans in Kansas City and Cape Town watched.',
      ),
    ).toEqual(['Nottingham Forest O', 'Luton Town O', 'Kansas City O', 'Quorrington O', 'Kansas City L', 'Cape Town L']);
  });

  it('takes the subject of a verb and a result with its score for a club ("Leeds secured a 2-0 win"), not a person the article names', () => {
    expect(
      mentions('Leeds secured a 2-0 win on Saturday and Brighton suffered a 3-1 defeat, their striker sent off before halftime.', 'Tavi Morrow scored twice; Morrow earned a 1-0 win for the league leaders last season too.'),
    ).toEqual(['Leeds O', 'Brighton O', 'Tavi Morrow P', 'Morrow P']);
  });

  it('keeps a club’s city the city before a noun after its possessive and in a sentence not about a game ("Oakland’s mayor", "Oakland is a city")', () => {
    expect(
      mentions(
        'Lawmakers voted 16-5 to fund a stadium elsewhere, a blow to Oakland fans who hoped the league would keep the team.',
        'Oakland’s mayor said the offer had been fair. Oakland is a city of 430,000 people.',
      ),
    ).toEqual(['Oakland O', 'Oakland L', 'Oakland L']);
  });

  it('reads cricket copy, which writes no game’s score, and a club that "will face" another', () => {
    expect(
      mentions('Quorrington lost two early wickets, but their batsmen recovered and the bowlers did the rest.', 'Quorrington will face Kolkata in the final, and Kolkata captain Ravi Menon said his bowling attack was ready.'),
    ).toEqual(['Quorrington O', 'Quorrington O', 'Kolkata O', 'Kolkata O', 'Ravi Menon P']);
  });

  it('takes a plural name no list knows after "the" for a team ("the Quarnbers"), not an event, a family or a people ("the Olympics", "the Clintons", "the Kurds")', () => {
    expect(
      mentions('Their quarterback threw two touchdown passes before halftime, but it was a 27-13 loss for the Quarnbers.', 'The Clintons and the Kurds watched the Olympics on television.'),
    ).toEqual(['Quarnbers O']);
  });

  it('reads a town and a plural team name after it as one club ("Kolkata Knight Riders")', () => {
    expect(mentions('Kolkata Knight Riders lost to Quorrington by six wickets, and their captain blamed the batsmen and the bowlers.')).toEqual([
      'Kolkata Knight Riders O',
      'Quorrington O',
    ]);
  });

  it('reads a town and a singular nickname the article writes alone after "the" as one club, and the nickname alone as it ("the Hobart Quorvex ... the Quorvex")', () => {
    expect(
      clubMentions(
        'The Hobart Quorvex beat the Adelaide Glory 2-0 on Sunday to go top of the league. Quorvex striker Tom Reese scored twice after halftime.',
        'Glory coach Mark Pell said his side were tired. The Quorvex travel to Perth next week, while the Glory host Darwin.',
      ),
    ).toEqual(['Hobart Quorvex = Hobart Quorvex', 'Adelaide Glory = Adelaide Glory', 'Quorvex = Hobart Quorvex', 'Glory = Adelaide Glory', 'Quorvex = Hobart Quorvex', 'Glory = Adelaide Glory', 'Darwin = Darwin']);
  });

  it('takes a nickname that is also a town\'s name alone for its club where the article writes it after "the" ("Wellington Phoenix ... the Phoenix")', () => {
    expect(
      clubMentions(
        'The Wellington Phoenix beat Quorrington 3-1 on Saturday to climb off the bottom of the league. The home side scored twice after halftime.',
        'The coach praised her midfielders. The result leaves the Phoenix in tenth place.',
      ),
    ).toEqual(['Wellington Phoenix = Wellington Phoenix', 'Quorrington = Quorrington', 'Phoenix = Wellington Phoenix']);
  });

  it('leaves a town and a word after it a place where it stands as one, though the article writes the word alone after "the" ("at the Auckland Domain ... The Domain")', () => {
    expect(
      mentions('Auckland City beat Quorrington 2-1 at the Auckland Domain on Saturday to go top of the league. The Domain was packed, and the striker scored twice after halftime.'),
    ).toEqual(['Auckland City O', 'Quorrington O', 'Auckland Domain L']);
  });

  it('takes a city with a plural verb for the team ("Leeds are top", "and Brighton have won"), not a place so ("fans in Leeds are", "Leeds and Brighton are")', () => {
    expect(
      mentions('Leeds are top of the league after their striker scored in a 2-1 win, and Brighton have won three straight.', 'Fans in Leeds are happy. Leeds and Brighton are cities.'),
    ).toEqual(['Leeds O', 'Brighton O', 'Leeds L', 'Leeds L', 'Brighton L']);
  });
  it('takes each name before its score in a results or standings table for a team, a word opening the line too, but a country', () => {
    expect(
      mentions(
        'Results of first division matches on Sunday:',
        'Arsenal 2 Boston 1',
        'Quorrington 0 Brakstad Rovers 3',
        'Standings (tabulated under played, won, drawn, lost, goals for, against, points):',
        'Arsenal 4 3 1 0 9 2 10',
        'Germany 1 Wales 1',
      ),
    ).toEqual(['Arsenal O', 'Boston O', 'Quorrington O', 'Brakstad Rovers O', 'Arsenal O', 'Germany L', 'Wales L']);
  });

  it('takes the name before a country in brackets and a score on a cup\'s results line for a team ("Quorvasport (Turkey) 2"), but not a runner\'s or a candidate\'s', () => {
    expect(
      mentions('Results of Europa League play-off matches on Thursday:', 'Quorvasport (Turkey) 2 Brellow (Belgium) 1', 'Porto (Portugal) 0 Real Tarrifa (Spain) 0'),
    ).toEqual(['Europa League O', 'Quorvasport O', 'Turkey L', 'Brellow O', 'Belgium L', 'Porto O', 'Portugal L', 'Real Tarrifa O', 'Spain L']);
    expect(mentions('Leading results of the marathon on Sunday:', '1. Edwin Quorvane (Kenya) 2:07:48', '2. Tadesse Brellow (Ethiopia) 2:08:02')).toEqual(['Edwin Quorvane P', 'Kenya L', 'Tadesse Brellow P', 'Ethiopia L']);
  });

  it('reads a basketball results table, and leaves one line of names and figures alone in other copy a place', () => {
    expect(mentions('Results of basketball games on Friday:', 'Chicago 102 Portland 99', 'Denver 88 Seattle 91 (OT)')).toEqual(['Chicago O', 'Portland O', 'Denver O', 'Seattle O']);
    expect(mentions('Temperatures were mild across the region.', 'Paris 18 London 20', 'Forecasters expect rain.')).toEqual(['Paris L', 'London L']);
  });
  it('reads a results line with the score between the sides, a Gaelic game’s goals and points too, and takes a side read as a person elsewhere for the team', () => {
    expect(
      mentions(
        'Brellow Rovers moved top on Saturday with a 3–1 win over Quorvale Thistle, whose manager said his side did not deserve anything.',
        'Saturday’s results:',
        'Quorvale Thistle 1–3 Brellow Rovers',
        'Tellmont Mechanics 2–2 Varnock',
      ),
    ).toEqual(['Brellow Rovers O', 'Quorvale Thistle O', 'Quorvale Thistle O', 'Brellow Rovers O', 'Tellmont Mechanics O', 'Varnock O']);
    expect(mentions('Results of the county championship:', 'Semi-final: Quorvane 2-11 – East Tellmont 1-12', 'Final: Quorvane 1-14 – Brellow Gaels 0-15')).toEqual([
      'Quorvane O',
      'East Tellmont O',
      'Quorvane O',
      'Brellow Gaels O',
    ]);
  });
  it('reads results lines as American agencies write them, a comma after the winner’s score, with a label or overtime, a region’s quarter a side too', () => {
    expect(mentions('Other conference games Saturday:', 'Northern Quorvia 77, Brellow 60', 'Tellmont State 82, Varnock 79, OT', 'Class C-2: Quorvale Catholic 28, Brellow North 20')).toEqual([
      'Northern Quorvia O',
      'Brellow O',
      'Tellmont State O',
      'Varnock O',
      'Quorvale Catholic O',
      'Brellow North O',
    ]);
  });
  it('reads an American town or state and "State" after it in sports copy as a university’s side ("Tacoma State"), not after "in" or "of"', () => {
    expect(
      mentions(
        'Quorvale beat Tacoma State 71-68 on Saturday night after leading by 12 at halftime, and they close the season at Modesto State on Wednesday.',
        'Their coach grew up in New York State.',
      ),
    ).toEqual(['Quorvale O', 'Tacoma State O', 'Modesto State O', 'New York State L']);
  });
  it('reads an American state and a plural nickname after it in sports copy as one club ("the Ohio Quarnbirds"), not a group of people ("Ohio Democrats")', () => {
    expect(
      mentions('The Ohio Quarnbirds beat the Tellmont Rangers 4-2 on Friday night, their pitcher striking out nine in the ninth inning.', 'Ohio Democrats watched.'),
    ).toEqual(['Ohio Quarnbirds O', 'Tellmont Rangers O', 'Ohio L']);
  });
  it('takes a name after a people’s or a place’s club noun for a club ("Portuguese club Quintaro", "Dutch side Groningen"), in any copy', () => {
    expect(
      mentions('Portuguese club Quintaro said on Monday that Dutch side Groningen had agreed a fee.', 'Quintaro also opened a museum, and visitors to Groningen praised it.'),
    ).toEqual(['Quintaro O', 'Groningen O', 'Quintaro O', 'Groningen L']);
  });

  it('reads copy under a team sport’s slug: where a player moves from or to, a runner-up’s rival, an opponent', () => {
    expect(
      mentions(
        'SOCCER - TRANSFER NEWS.',
        'Spanish champions Quintaro said they had signed Brazilian striker Tomas Varela from Brastano for $2 million.',
        'Quintaro, who finished second to Porto last season, open their campaign against Velmora on Sunday.',
      ),
    ).toEqual(['Quintaro O', 'Tomas Varela P', 'Brastano O', 'Quintaro O', 'Porto O', 'Velmora O']);
  });
  it('reads a scorers line under a results table: a team before its dash, a scorer before the minute', () => {
    expect(mentions('Results on Saturday:', 'Arsenal 2 Boston 1', 'Quorrington 0 Tellby 0', 'Scorers: Arsenal - Varkon (12), Dellamy (56). Boston - Quisling (80).')).toEqual([
      'Arsenal O',
      'Boston O',
      'Quorrington O',
      'Tellby O',
      'Arsenal O',
      'Varkon P',
      'Dellamy P',
      'Boston O',
      'Quisling P',
    ]);
  });
  it('takes a name read as a person’s that a town opens for a club where a club stands ("Plymouth Quarrymen beat", "Paris Tellmont signed"), not a person named so', () => {
    expect(
      mentions(
        'Plymouth Quarrymen beat Exeter 2-1 in the league on Saturday, their striker scoring twice before halftime.',
        'Paris Tellmont signed the midfielder on Friday. Austin Varley beat Exeter 3-1 in the squash final.',
      ),
    ).toEqual(['Plymouth Quarrymen O', 'Exeter O', 'Paris Tellmont O', 'Austin Varley P', 'Exeter O']);
  });
  it('takes a club’s name in an upper-case headline under a team sport’s slug for the club, not in a dateline with its date', () => {
    expect(
      mentions('SOCCER - LEEDS BEAT NEWCASTLE.', 'LEEDS 1996-08-24', 'Leeds beat Newcastle 2-1 on Saturday, their striker scoring twice before halftime.'),
    ).toEqual(['LEEDS O', 'NEWCASTLE O', 'LEEDS L', 'Leeds O', 'Newcastle O']);
  });
  it('takes a club’s city in a Title Case headline with a result’s verb for the club ("Quorrington Beat Newcastle In Thriller")', () => {
    expect(
      mentions('Quorrington Beat Newcastle In Thriller', 'Quorrington beat Newcastle 3-1 on Saturday, their striker scoring twice before halftime.'),
    ).toEqual(['Quorrington O', 'Newcastle O', 'Quorrington O', 'Newcastle O']);
  });
  it('takes a club’s city opening a sports report’s headline for the club the body names ("Leeds sign striker"), not before a person’s noun', () => {
    expect(
      mentions('Leeds sign Welsh striker', 'Leeds signed the striker on Monday. He scored twice for Leeds in the league last season, their coach said.'),
    ).toEqual(['Leeds O', 'Leeds O', 'Leeds O']);
    expect(
      mentions('Leeds mayor hails promotion', 'Leeds beat Fulham 2-1 on Saturday, their striker scoring twice before halftime.'),
    ).toEqual(['Leeds L', 'Leeds O', 'Fulham O']);
  });
  it('takes a name after a league’s club noun for a club ("Premier League club Arsenal"), though it is an ordinary word', () => {
    expect(mentions('Premier League club Arsenal said on Friday they had agreed a fee.')).toEqual(['Premier League O', 'Arsenal O']);
  });
  it('reads no standings table in sports copy without a results line: a golfer’s rounds stay his', () => {
    expect(
      mentions('Tom Quorvane won the championship after a playoff, his third tournament win of the season and a record for his coach.', 'Quorvane 69 70 71 210'),
    ).toEqual(['Tom Quorvane P', 'Quorvane P']);
  });
  it('takes the whole run of names before a score in a table for one club ("Bayer Leverkusen 4"), a country still a place', () => {
    expect(
      mentions('Results of first division matches on Saturday:', 'Bayer Leverkusen 4 Freiburg 1', 'TuS Quarnheim Stuttgart 2 Germany 2', 'Standings:', 'Bayer Leverkusen 6 5 1 0 15 5 16'),
    ).toEqual(['Bayer Leverkusen O', 'Freiburg O', 'TuS Quarnheim Stuttgart O', 'Germany L', 'Bayer Leverkusen O']);
  });
  it('takes an ordinary word opening a sentence before a result for a club ("Arsenal beat Everton 2-0"), and its later namings there', () => {
    expect(
      mentions(
        'Arsenal beat Everton 2-0 on Sunday, their striker scoring twice before halftime in the league.',
        'Arsenal have won five straight games. Forest won 1-0 at Quorrington. Forest are fourth.',
      ),
    ).toEqual(['Arsenal O', 'Everton O', 'Arsenal O', 'Forest O', 'Quorrington O', 'Forest O']);
  });
  it('reads a club named with its town as one club: a word before the town ("Bayer Leverkusen", "Werder Bremen"), a plural after it ("New York Rangers")', () => {
    expect(
      mentions(
        'Bayer Leverkusen beat PSV Eindhoven 2-1 in the cup, their striker scoring twice before halftime, and Werder Bremen drew with Hansa Rostock.',
        'The New York Rangers beat the Detroit Red Wings 4-2 in the league. Fans in West Berlin watched.',
      ),
    ).toEqual(['Bayer Leverkusen O', 'PSV Eindhoven O', 'Werder Bremen O', 'Hansa Rostock O', 'New York Rangers O', 'Detroit Red Wings O', 'West Berlin L']);
  });
  it('reads given names alone before a town as a club\'s name with it ("Red Star Belgrade"), not a person\'s given name and surname', () => {
    expect(
      mentions(
        'Red Star Belgrade beat Quorrington 2-1 in the cup, their striker scoring twice before halftime in the league.',
        'Mary Ann Houston watched from the stands.',
      ),
    ).toEqual(['Red Star Belgrade O', 'Quorrington O', 'Mary Ann Houston P']);
  });
  it('reads a town of another country before a town as a club\'s word with it ("Ajax Amsterdam")', () => {
    expect(mentions('Ajax Amsterdam beat Quorrington 3-0 in the league, their midfielder scoring twice before halftime in the cup.')).toEqual([
      'Ajax Amsterdam O',
      'Quorrington O',
    ]);
  });
  it('reads a town and a day of the week before a verb or a club\'s people as one club ("Sheffield Wednesday drew"), not a date after a verb or "in"', () => {
    expect(
      mentions(
        'Sheffield Wednesday drew 1-1 with Quorrington in the league, their striker scoring before halftime.',
        'Quorrington beat Sheffield Wednesday 2-0 last season. Hull beat Leeds Wednesday in the cup. Fans met in Sheffield Wednesday.',
      ),
    ).toEqual(['Sheffield Wednesday O', 'Quorrington O', 'Quorrington O', 'Sheffield Wednesday O', 'Hull O', 'Leeds O', 'Sheffield L']);
  });
  it('takes a town that lost or won a counted run of games for the club ("lost for the fifth time"), not the town elsewhere', () => {
    expect(
      mentions(
        'The Quorrels beat the Brellows 102-99 on Sunday, their guard scoring 30 points in the playoffs this season.',
        'Tulsa lost for the fifth time in six games, and the coach was angry. Tulsa is a city of 400,000 people.',
      ),
    ).toEqual(['Quorrels O', 'Brellows O', 'Tulsa O', 'Tulsa L']);
  });
  it('takes the club that held another to a draw ("held 1-1 at home by X") and one after "leaders" or "rivals" for a club', () => {
    expect(
      mentions(
        'Quorrington were held 1-1 at home by Leeds on Saturday, leaving their coach four points behind leaders Newcastle.',
        'Their striker missed a penalty before halftime, and they face rivals Hamburg next week.',
      ),
    ).toEqual(['Quorrington O', 'Leeds O', 'Newcastle O', 'Hamburg O']);
  });
  it('takes the team after a rider’s country in a line of a race’s results for an organization, and its namings in the report', () => {
    expect(
      mentions(
        'Ann Quorvel of Brastano won the sixth stage on Friday, while Tom Vellard kept the overall lead.',
        '1. Ann Quorvel (Germany) Brastano 5 hours 12 minutes 36 seconds',
        '2. Tom Vellard (France) Telmoro same time',
        'Quorvel, riding for the Brastano team, outsprinted Vellard at the finish.',
      ),
    ).toEqual(['Ann Quorvel P', 'Brastano O', 'Tom Vellard P', 'Ann Quorvel P', 'Germany L', 'Brastano O', 'Tom Vellard P', 'France L', 'Telmoro O', 'Quorvel P', 'Brastano O', 'Vellard P']);
  });
  it('takes a team a town or a surname also names for the team, after a gap ("+8.017") as after a time, and its namings in the report', () => {
    expect(
      mentions(
        'Tom Vellard was third for Mercedes, ahead of Ferrari’s Ann Quorvel, and the second Mercedes car crashed out.',
        '1. Ann Quorvel (Germany) Ferrari 1:21:44.902',
        '3. Tom Vellard (Britain) Mercedes +8.017',
      ),
    ).toEqual(['Tom Vellard P', 'Mercedes O', 'Ferrari O', 'Ann Quorvel P', 'Mercedes O', 'Ann Quorvel P', 'Germany L', 'Ferrari O', 'Tom Vellard P', 'Britain L', 'Mercedes O']);
  });
  it('takes a table’s team for the club in a scorers’ list, before a verb of its place in the table and in a standings table with bars', () => {
    expect(
      mentions(
        'Quorvia beat Cagliari 3-0 on Wednesday, their striker scoring twice before halftime.',
        'Quorvia 3 Cagliari 0\nTellby 1 Brakstad 1',
        'Top scorers this season:\n9 - Ann Quorvel (Cagliari)',
        'In Italy, Cagliari top the table ahead of Tellby.',
        'Team | P | Pts\nBrakstad | 29 | 17 | 68',
      ),
    ).toEqual(['Quorvia O', 'Cagliari O', 'Quorvia O', 'Cagliari O', 'Tellby O', 'Brakstad O', 'Ann Quorvel P', 'Cagliari O', 'Italy L', 'Cagliari O', 'Tellby O', 'Brakstad O']);
  });
  it('takes a city after "scored for" or "levelled for" for its club in sports copy', () => {
    expect(mentions('Ann Quorvel had levelled for Cagliari before halftime, and striker Tom Vellard scored for Tellby late in the 2-1 defeat.')).toEqual([
      'Ann Quorvel P',
      'Cagliari O',
      'Tom Vellard P',
      'Tellby O',
    ]);
  });
  it('takes a town and a people’s name in the plural after it for one club ("Mumbai Indians"), and the town opening a clause before a verb for it', () => {
    expect(
      mentions(
        'CRICKET-Quorvel powers Mumbai Indians to win',
        'LONDON, April 19 (Reuters) - Ann Quorvel hit 84 as Mumbai Indians beat Quorvale Super Kings by six wickets on Sunday.',
        'Chasing 177, Mumbai got home with 10 balls to spare. Mumbai is a city of 20 million.',
      ),
    ).toEqual(['Quorvel P', 'Mumbai Indians O', 'LONDON L', 'Reuters O', 'Ann Quorvel P', 'Mumbai Indians O', 'Quorvale Super Kings O', 'Mumbai O', 'Mumbai L']);
  });
  it('takes a town and a capitalised plural after it for a club where "the" stands before it or its plural ("the Brisbane Broncos"), not a person so named', () => {
    expect(
      mentions(
        'RUGBY LEAGUE-Quorvel double lifts Broncos past Dolphins',
        'BRISBANE, May 9 (AAP) - Fullback Reece Quorvel scored two tries as the Brisbane Broncos beat the Dolphins 30-18 at Suncorp Stadium on Saturday.',
        'The Broncos scored three tries after halftime, and Fullback Ann Quorvel scored two tries as the Perth Broncos beat the Quorvale Sharks 30-18 in the derby.',
      ),
    ).toEqual([
      'Quorvel P',
      'Broncos O',
      'BRISBANE L',
      'AAP O',
      'Reece Quorvel P',
      'Brisbane Broncos O',
      'Suncorp Stadium L',
      'Broncos O',
      'Ann Quorvel P',
      'Perth Broncos O',
      'Quorvale Sharks O',
    ]);
    expect(mentions('Denver beat Miami 3-1 in the derby on Friday, and forward Chelsea Quorves scored twice after halftime. Quorves said the team was tired.')).toEqual([
      'Denver O',
      'Miami O',
      'Chelsea Quorves P',
      'Quorves P',
    ]);
  });
  it('takes a town or a country and a team\'s name after it for one club ("Melbourne Storm", "the New Zealand Warriors"), not a person named after a country ("Jordan Quorvicks")', () => {
    expect(
      mentions(
        'Leaders Perth Storm beat the Quorvale Sharks 24-10 in the derby, and the Quorvale Panthers lost 20-16 to the New Zealand Warriors after halftime.',
      ),
    ).toEqual(['Perth Storm O', 'Quorvale Sharks O', 'Quorvale Panthers O', 'New Zealand Warriors O']);
    expect(mentions('The Yankees traded for Chicago Cubs left-hander Jordan Quorvicks in the playoffs.')).not.toContain('Jordan Quorvicks O');
  });
  it('takes a county or a state where a club stands for the club ("Yorkshire captain", "Texas 6", "Derby County beat"), not a nation or a place', () => {
    expect(
      mentions(
        'Yorkshire captain Tom Quarley hit a century against Lancashire, their bowler taking five wickets, and England beat Wales in the rugby.',
        'Derby County beat Quorrington 2-0 in the league. Tourists in Lancashire enjoyed the sun.',
        'Texas 6 Kansas City 2',
      ),
    ).toEqual(['Yorkshire O', 'Tom Quarley P', 'Lancashire O', 'England L', 'Wales L', 'Derby County O', 'Quorrington O', 'Lancashire L', 'Texas O', 'Kansas City O']);
  });
  it('takes the opponent after "beating" or "a goalless draw with" for a club', () => {
    expect(
      mentions('Quorvia moved up to third after beating Cagliari 3-0, their striker scoring twice before halftime, and Tellby were unlucky in their goalless draw with Lazio.'),
    ).toEqual(['Quorvia O', 'Cagliari O', 'Tellby O', 'Lazio O']);
  });
  it('takes a team of a results table for the club wherever sports copy names it, but where it stands as a place', () => {
    expect(
      mentions(
        'Cagliari had chances before halftime but their striker missed a penalty in the league.',
        'Results:',
        'Quorvia 3 Cagliari 0',
        'Tellby 1 Brakstad 1',
        'Fans in Cagliari were angry.',
      ),
    ).toEqual(['Cagliari O', 'Quorvia O', 'Cagliari O', 'Tellby O', 'Brakstad O', 'Cagliari L']);
  });
  it('takes the word of a club’s name besides its town, written alone, for the club ("United", "Real"), not in a longer name', () => {
    expect(
      mentions(
        'Brighton United beat Real Madrid 2-1 in the cup, their striker scoring twice before halftime.',
        'Tom Quarley put United ahead, and Real equalised before the United States coach left.',
      ),
    ).toEqual(['Brighton United O', 'Real Madrid O', 'Tom Quarley P', 'United O', 'Real O', 'United States L']);
  });

  it('names a short form one club has as that club: its words besides a town of one word or more, and the plural that ends them', () => {
    expect(
      clubMentions(
        'Tom Quarley scored 38 points and the Oklahoma City Thunder held off the Denver Quorvets 118-112 in overtime.',
        'The Thunder led by 15 before the Quorvets rallied. Thunder coach Ann Vellard praised the defence.',
        'The Toronto Maple Quorls lost 4-3 in overtime; the Quorls have lost three straight, and Maple Quorls fans booed.',
      ),
    ).toEqual([
      'Oklahoma City Thunder = Oklahoma City Thunder',
      'Denver Quorvets = Denver Quorvets',
      'Thunder = Oklahoma City Thunder',
      'Quorvets = Denver Quorvets',
      'Thunder = Oklahoma City Thunder',
      'Toronto Maple Quorls = Toronto Maple Quorls',
      'Quorls = Toronto Maple Quorls',
      'Maple Quorls = Toronto Maple Quorls',
    ]);
  });

  it('reads two or three capitalised words after "the" ending in a plural as a team in sports copy, and its plural alone as that team', () => {
    expect(
      clubMentions(
        'Tom Quarley hit a two-run homer in the eighth inning and the Quorvex Hawks beat the Brellow Tigers 4-2 on Saturday.',
        'The Hawks starter allowed two runs over six innings. The Tigers lost their third straight.',
      ),
    ).toEqual(['Quorvex Hawks = Quorvex Hawks', 'Brellow Tigers = Brellow Tigers', 'Hawks = Quorvex Hawks', 'Tigers = Brellow Tigers']);
    expect(clubMentions('Tom Quarley hit a two-run homer in the eighth inning as rain swept the Quorvex Islands on Saturday.')).toEqual([]);
  });

  it('makes one mention of a short form two clubs share ("United" of Brighton United and Leeds United), not one per club', () => {
    expect(
      mentions(
        'Brighton United beat Leeds United 2-1 in the cup, their striker scoring twice before halftime.',
        'United improved after the interval in the league.',
      ),
    ).toEqual(['Brighton United O', 'Leeds United O', 'United O']);
  });
  it('reads baseball copy by its words ("homer", "two-run") for sports copy', () => {
    expect(mentions('Tom Quarley hit a two-run homer as Boston beat Denver 5-3 on Tuesday.')).toEqual(['Tom Quarley P', 'Boston O', 'Denver O']);
  });
  it('reads a summary line: the teams before their scores, the scorers in brackets after them', () => {
    expect(
      mentions(
        'Summaries of league matches on Saturday:',
        'Arsenal 2 (Quarley 21, Vellard 73) Brighton 0. Attendance: 38,056',
        'Tellby 0 Leeds 3 (Brakstad 12, 46, 89). Attendance: 19,468',
      ),
    ).toEqual(['Arsenal O', 'Quarley P', 'Vellard P', 'Brighton O', 'Tellby O', 'Leeds O', 'Brakstad P']);
  });
  it('takes the batsman, the fielder and the bowler of a scorecard line for people, a city’s name too ("c Cork b Croft")', () => {
    expect(mentions('Quorvia first innings', 'Tom Quarley c Cork b Vellard 46', 'A. Brakstad lbw b Tellmo 12', 'Ann Lee not out 31')).toEqual([
      'Tom Quarley P',
      'Cork P',
      'Vellard P',
      'A. Brakstad P',
      'Tellmo P',
      'Ann Lee P',
    ]);
  });
  it('takes a club the report names in its upper-case headline under a team sport’s slug for the club ("BRIGHTON UNITED")', () => {
    expect(
      mentions('SOCCER - BRIGHTON UNITED HELD AT HOME.', 'Brighton United were held 1-1 at home by Leeds on Saturday, their striker missing a penalty before halftime.'),
    ).toEqual(['BRIGHTON UNITED O', 'Brighton United O', 'Leeds O']);
  });
  it('takes each side of a result in an upper-case headline under a team sport’s slug for a club, not a country', () => {
    expect(mentions('SOCCER - ARSENAL BEAT QUORVIA 2-1.', 'LEEDS 1996-08-24', 'Tom Quarley scored twice before halftime on Saturday.')).toEqual([
      'ARSENAL O',
      'QUORVIA O',
      'LEEDS L',
      'Tom Quarley P',
    ]);
    expect(mentions('CRICKET - AUSTRALIA BEAT PAKISTAN BY 79 RUNS.', 'Tom Quarley took five wickets on Friday.')).toEqual(['AUSTRALIA L', 'PAKISTAN L', 'Tom Quarley P']);
  });
  it('takes the town of a team named by a plural for the team where sports copy names it alone ("Denver improved to 9-2")', () => {
    expect(
      mentions('The Denver Quarnbers beat Boston 27-24 in overtime on Sunday, their quarterback throwing three touchdowns.', 'Denver improved to 9-2 in the league. Fans in Denver celebrated.'),
    ).toEqual(['Denver Quarnbers O', 'Boston O', 'Denver O', 'Denver L']);
  });
  it('takes a town with its place in the table set off by commas for the club ("Liverpool, third, travel"), not a golfer', () => {
    expect(
      mentions('Leeds beat Everton 2-0 in the league, their striker scoring twice before halftime.', 'Liverpool, third, travel to Middlesbrough on Monday. Tom Quarley, second, said he was happy.'),
    ).toEqual(['Leeds O', 'Everton O', 'Liverpool O', 'Middlesbrough L', 'Tom Quarley P']);
  });
  it('reads a town with a club’s initials after it as one club ("Nashville SC", "Valencia CF")', () => {
    expect(mentions('Quorrington beat Nashville SC 2-1 in the league, their striker scoring twice before halftime, and Valencia CF drew with Leeds.')).toEqual([
      'Quorrington O',
      'Nashville SC O',
      'Valencia CF O',
      'Leeds O',
    ]);
  });
  it('takes a town before its count of games won, some points behind, or ending a club’s name after its initials, for the club', () => {
    expect(
      mentions(
        'Leeds beat Everton 2-0 on Sunday and moved two points behind Brighton in the league.',
        'Tom Quarley scored twice for Denver, which has won five straight. FC Porto drew 1-1 with Leeds, and Porto took the lead before halftime.',
      ),
    ).toEqual(['Leeds O', 'Everton O', 'Brighton O', 'Tom Quarley P', 'Denver O', 'FC Porto O', 'Leeds O', 'Porto O']);
  });
  it('takes the words of a club’s name of three words besides its town, written alone, for the club, after a sentence’s "The" too', () => {
    expect(
      mentions(
        'Red Star Belgrade beat Leeds 2-0 in the league, their striker scoring twice before halftime.',
        'Red Star won the league again. The Denver Red Wings lost 5-3 in the playoffs. The Red Wings have lost four straight.',
      ),
    ).toEqual(['Red Star Belgrade O', 'Leeds O', 'Red Star O', 'Denver Red Wings O', 'Red Wings O']);
  });
  it('takes both sides of a town’s result with one score for clubs in a one-sentence story, not players with a set’s score each', () => {
    expect(mentions('Leeds beat Chelsea 2-1 at home on Sunday.')).toEqual(['Leeds O', 'Chelsea O']);
    expect(mentions('Houston beat Lee 6-3 6-2 in the final on Sunday.')).toEqual(['Houston L', 'Lee P']);
  });
});

/** Grounds, stadiums and courses where games are played are places (sports-ground.rules.ts). */
describe('typeSportsTeams: a club that wins a team\'s honour, in any copy', () => {
  it('takes a city or a name of ordinary words read as a person\'s, before "won the league" or the like, for a club; a person stays', () => {
    expect(mentions('Red Star lifted the trophy in front of 50,000 fans.')).toEqual(['Red Star O']);
    expect(mentions('Leeds lifted the cup after extra time.')).toEqual(['Leeds O']);
    expect(mentions('Jack Quorvle won the title on Sunday.')).toEqual(['Jack Quorvle P']);
    expect(mentions('Paris won the right to host the summit.')).toEqual(['Paris L']);
  });
});

describe('typeSportsGrounds: where games are played', () => {
  it('takes a name after a score’s "at" or a crowd’s "at" for a ground, not for the club', () => {
    expect(mentions('Leeds beat Chelsea 3-1 at Quarnfield on Saturday.')).toEqual(['Leeds O', 'Chelsea O', 'Quarnfield L']);
    expect(mentions('The crowd at Quarnfield sang until the end.')).toEqual(['Quarnfield L']);
  });
  it('takes a name ending in a ground’s word for a ground in sports copy, and joins a town to the ground’s name after it', () => {
    expect(
      mentions('Brellow drew 1-1 at Quorbury Park, their striker scoring before halftime.', 'The semifinal at Melbourne Park went to a tiebreak and Tom Quarley scored three goals at Sydney Cricket Ground.'),
    ).toEqual(['Brellow O', 'Quorbury Park L', 'Melbourne Park L', 'Tom Quarley P', 'Sydney Cricket Ground L']);
  });
  it('joins a region or a name read as a person\'s to the ground\'s head word after it, found apart, but leaves a person named so', () => {
    expect(mentions('The replay at Ann Quarley Field and the final at Victoria Park went to penalties.')).toEqual(['Ann Quarley Field L', 'Victoria Park L']);
    expect(mentions('Actress Ann Field said she was happy.')).toEqual(['Ann Field P']);
  });
  it('takes a name after "at the" in sports copy for a ground, not an event, a plural or a name before a noun', () => {
    expect(
      mentions('Leeds beat Everton 2-0 at the Quorvaneum on Sunday, their striker scoring twice before halftime. Tom Quarley played at the Open and at the Brellow club.'),
    ).toEqual(['Leeds O', 'Everton O', 'Quorvaneum L', 'Tom Quarley P']);
  });
  it('reads grounds under any sport’s slug, not a part of a longer name after "at the"', () => {
    expect(mentions('MOTOR RACING - QUARLEY ON POLE.', 'Tom Quarley of Brellow took pole at the Quorvaring on Saturday and races at the Thomas and Varley Center next.')).toEqual([
      'QUARLEY P',
      'Tom Quarley P',
      'Brellow O',
      'Quorvaring L',
      'Varley Center O',
    ]);
  });
  it('takes a one-word name after "at" in cricket or rugby copy for a ground, not after a stay, nor in other copy', () => {
    const cricket = mentions('Rain stopped play at Quarningley with England on 210 for four wickets.', 'Tom Quarley spent three years at Vornham before the move.');
    expect(cricket).toEqual(['Quarningley L', 'England L', 'Tom Quarley P', 'Vornham O']);
    expect(mentions("The fly-half kicked two penalties at Quorrayfield, and the scrum held at Vornham's on Saturday.")).toEqual(['Quorrayfield L', "Vornham's L"]);
    expect(mentions('The batsman made 80 at the Home of Quarning.')).not.toContain('Home L');
    expect(mentions('Tom Quarley spoke at Quarningley on Friday.')).not.toContain('Quarningley L');
  });
  it('takes a town the lists know for a club after a stay in sports copy ("two seasons at Vaughan"), for the town elsewhere', () => {
    const stay = mentions('The striker scored twice as Brellow beat Quinton 3-1 to go top of the league.', 'Tom Quarley spent two seasons at Vaughan before the move.');
    expect(stay).toContain('Vaughan O');
    expect(mentions('Tom Quarley spent two years at Vaughan before the move.')).toContain('Vaughan L');
  });
  it('takes a name ending in a club\'s word that names no place nor person for a club in sports copy ("Varrow Athletic")', () => {
    const clubs = mentions('The striker scored twice as Brellow beat Quinton 3-1 to go top of the league.', 'The club is in talks with Varrow Athletic, and the manager praised Quorvex Wanderers and Tellan Rovers.');
    expect(clubs).toEqual(expect.arrayContaining(['Varrow Athletic O', 'Quorvex Wanderers O', 'Tellan Rovers O']));
  });
  it('takes one name a driver drives for in sports copy for the team ("drive for Williams"), not a person the article names in full', () => {
    const team = mentions('The striker scored twice as Brellow beat Quinton 3-1 to go top of the league.', 'Tom Vellick will drive for Williams next year.');
    expect(team).toContain('Williams O');
    const owner = mentions('The striker scored twice as Brellow beat Quinton 3-1 to go top of the league.', 'Ann Williams said Tom Vellick would drive for Williams.');
    expect(owner).not.toContain('Williams O');
  });
  it('takes a town the lists know for a club a player serves or wins an honour with in sports copy ("plays for Wigan"), for the town elsewhere', () => {
    const served = mentions('The striker scored twice as Brellow beat Quinton 3-1 to go top of the league.', 'Tom Quarley won the league with Vaughan and now plays for Wigan in the cup.');
    expect(served).toEqual(expect.arrayContaining(['Vaughan O', 'Wigan O']));
    expect(mentions('Tom Quarley plays for Wigan now, his sister said.')).not.toContain('Wigan O');
  });
  it('takes, in sports copy, the clubs of a transfer in a sentence with no word of sport, and the next club of a list ("played for Wigan and Preston")', () => {
    const moves = mentions(
      'SOCCER - TRANSFER NEWS.',
      'Tom Quarley, who played for Wigan and Preston, joined Brellow on Tuesday from Burnley for an undisclosed fee.',
      'Burnley bought him in 2016 and later loaned him to Bolton or Swindon.',
      'He scored 14 goals for Burnley. His brother moved to Madrid with his family.',
    );
    expect(moves).toEqual(['Tom Quarley P', 'Wigan O', 'Preston O', 'Brellow O', 'Burnley O', 'Burnley O', 'Bolton O', 'Swindon O', 'Burnley O', 'Madrid L']);
  });
  it("keeps a ground's own 's in its span, and takes a ground before a time word, not a possessive before its noun", () => {
    const grounds = mentions("The bowlers took two wickets before rain stopped play at Quarn's yesterday.", 'England face India at the Vornal later this month.');
    expect(grounds.filter((m) => m.endsWith(' L'))).toEqual(["Quarn's L", 'England L', 'India L', 'Vornal L']);
    expect(mentions("The batsman left at Quarley's request before the innings.")).toEqual([]);
    expect(mentions('The batsman made 80 and the bowlers took two wickets as crowds packed the QCG.', 'Fans packed the QFA office.')).toEqual(['QCG L', 'QFA O']);
  });
  it('takes a name read as a person’s that ends in a ground’s word for the ground where it hosts a game, not elsewhere', () => {
    expect(mentions('Grace Park will host the final in June.')).toEqual(['Grace Park L']);
    expect(mentions('Grace Park said she would play in June.')).toEqual(['Grace Park P']);
  });
});

describe('typeSportsTeams: a club’s people are no club', () => {
  it('takes an ordinary word\'s plural opening a sentence before a club\'s person named for the club ("Hawks coach Sam Quorvel"), not "Sports fans"', () => {
    expect(
      mentions('Hawthorn beat Collingwood 12-10 in the derby on Saturday.', 'Hawks coach Sam Quorvel said the side was flat. Sports fans booed. Sports coach Ann Quorvel left.'),
    ).toEqual(['Hawthorn O', 'Collingwood O', 'Hawks O', 'Sam Quorvel P', 'Ann Quorvel P']);
  });
  it('keeps a word of a club’s people opening a sentence before a plural verb from being a club ("Fans were"), not a club’s name ("Wolves are")', () => {
    expect(mentions('Leeds beat Brighton 3-0 on Sunday.', 'Supporters were angry with the referee.', 'Wolves are second in the table.')).toEqual([
      'Leeds O',
      'Brighton O',
      'Wolves O',
    ]);
  });
});

describe('typeSportsTeams outside sports copy: the quick tests before the slower rules let every rule that can apply run', () => {
  it('reads a town’s result as sports copy with no other word of sport, and a club after a people’s club noun in other news', () => {
    expect(mentions('Leeds beat Brighton 2-1 on Tuesday, the mayor told voters.')).toEqual(['Leeds O', 'Brighton O']);
    expect(mentions('The minister met the board of Portuguese club Benfica in Lisbon on Monday.')).toEqual(['Benfica O', 'Lisbon L']);
  });
  it('reads a scorecard line whose runs end in a not-out star, or in spaces after it', () => {
    expect(mentions('Quorvia first innings', 'Tom Quarley c Cork b Vellard 46* ', 'Ann Lee lbw b Tellmo 12*')).toEqual([
      'Tom Quarley P',
      'Cork P',
      'Vellard P',
      'Ann Lee P',
      'Tellmo P',
    ]);
  });
  it('takes a ground after a crowd’s "at" in other news, and keeps a town after "at" a town', () => {
    expect(mentions('The senator spoke to a crowd of 5,000 at Quorbury Arena in Leeds.')).toEqual(['Quorbury Arena L', 'Leeds L']);
    expect(mentions('The talks at Geneva ended without a deal, the minister said.')).toEqual(['Geneva L']);
  });
});
