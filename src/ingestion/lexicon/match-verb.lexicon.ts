/**
 * The verbs of a game between teams, in one lexicon, each with its forms: sports copy's readers take the forms they need (a
 * result between two teams, a team's place in its league's table, what a team did in a game, a move in the table).
 */

/** A verb's forms: what a plural subject takes ("they lead"), what a singular one takes ("leads"), the past ("led"). */
interface VerbForms {
  plural: string;
  singular: string;
  past: string;
}

const forms = (plural: string, singular: string, past: string): VerbForms => ({ plural, singular, past });

/** What a team does in a game: it wins, loses, beats, draws, scores, leads or trails. */
const [WIN, LOSE, BEAT, DRAW, SCORE] = [forms('win', 'wins', 'won'), forms('lose', 'loses', 'lost'), forms('beat', 'beats', 'beat'), forms('draw', 'draws', 'drew'), forms('score', 'scores', 'scored')];
const [LEAD, TRAIL] = [forms('lead', 'leads', 'led'), forms('trail', 'trails', 'trailed')];

/** A team's place in its league's table against the others: it tops, heads, leads or trails them. */
const [TOP, HEAD] = [forms('top', 'tops', 'topped'), forms('head', 'heads', 'headed')];

/** A team's move in its league's table: it stays, climbs, drops, moves or sits (seventh, to fourth). */
const [STAY, CLIMB, DROP, MOVE, SIT] = [forms('stay', 'stays', 'stayed'), forms('climb', 'climbs', 'climbed'), forms('drop', 'drops', 'dropped'), forms('move', 'moves', 'moved'), forms('sit', 'sits', 'sat')];

/** What a team does around a game besides its result: it levels the score, travels to, faces, hosts, plays, meets or visits another. */
const [EQUALISE, EQUALIZE] = [forms('equalise', 'equalises', 'equalised'), forms('equalize', 'equalizes', 'equalized')];
const [TRAVEL, FACE, HOST, PLAY, MEET, VISIT] = [forms('travel', 'travels', 'travelled'), forms('face', 'faces', 'faced'), forms('host', 'hosts', 'hosted'), forms('play', 'plays', 'played'), forms('meet', 'meets', 'met'), forms('visit', 'visits', 'visited')];

/** What lifts a team in its league's table (a win: "the win lifts Brellow to fourth"). */
const LIFT = forms('lift', 'lifts', 'lifted');

/** The present forms of `verbs`, plural and singular. */
const present = (...verbs: VerbForms[]): string[] => verbs.flatMap((v) => [v.plural, v.singular]);

/**
 * Verbs of a game's result between two teams, from the winner's side or the loser's ("beat", "drew with", "lost to"): an
 * alternation for a RegExp.
 */
export const RESULT_VERBS = [BEAT.past, 'defeated', 'edged', 'thrashed', 'routed', 'downed', 'crushed', 'hammered', 'stunned', 'overcame', `${DRAW.past} with`, 'tied with', `${LOSE.past} to`, 'fell to'].join('|');

/** Verbs of a team's place in its league's table, before the team it is above or below or "the": "Barcelona top La Liga", "Leeds trail the leaders". */
export const STANDING_VERBS: ReadonlySet<string> = new Set(present(TOP, LEAD, TRAIL, HEAD));

/** Verbs of a game a team is the subject of, right after its name: "Brellow won", "Brellow trailed". */
export const MATCH_SUBJECT_VERBS: ReadonlySet<string> = new Set([WIN, LOSE, BEAT, DRAW, TRAIL, LEAD, SCORE, EQUALISE, EQUALIZE].map((v) => v.past));

/** Verbs of a move in a league's table, before a rank, "top" or "bottom": "Brellow stay seventh", "Brellow climbed to fourth". */
export const TABLE_MOVE_VERBS: ReadonlySet<string> = new Set([STAY, CLIMB, DROP, MOVE, SIT].flatMap((v) => [v.plural, v.singular, v.past]));

/** Verbs whose object is a team lifted in its league's table, before "to" or "into": "lifts Brellow to fourth". */
export const LIFT_VERBS: ReadonlySet<string> = new Set([LIFT.plural, LIFT.singular, LIFT.past, 'lifting']);

/** The plural verbs British sports copy writes after a team's name, as of a group ("Leeds are third", "Brighton have won", "Brighton were held"). */
export const PLURAL_AUXILIARIES: readonly string[] = ['are', 'were', 'have'];

/**
 * The verbs a team's name takes in the plural in British sports copy, where a town's name takes the singular: the plural
 * auxiliaries and the plural present of a game's and a table's verbs ("Brellow travel to Quorvane", "Brellow face Quorvani",
 * "Brellow sit seventh"; "Brellow travels" is the town's).
 */
export const PLURAL_TEAM_VERBS: ReadonlySet<string> = new Set([
  ...PLURAL_AUXILIARIES,
  ...[WIN, LOSE, DRAW, LEAD, TRAIL, TOP, HEAD, STAY, CLIMB, DROP, MOVE, SIT, EQUALISE, EQUALIZE, TRAVEL, FACE, HOST, PLAY, MEET, VISIT].map((v) => v.plural),
]);
