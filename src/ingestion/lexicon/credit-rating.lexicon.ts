/**
 * Credit ratings as rating agencies write them: Moody's scale ("Aaa", "Aa2", "Baa3", "Ba1", "Caa2") and
 * S&P's and Fitch's ("AAA", "AA", "BBB", "BB", "CCC", with or without their sign: "BBB-", "AA+"). A rating is a grade, none of a person, an organization or a place.
 */
const MOODYS_RATING = /^(?:Aaa|(?:Aa|A|Baa|Ba|B|Caa)[123]|Ca)$/;
const LETTER_RATING = /^(?:AAA|AA|BBB|BB|CCC|CC)[+-]?$/;

/** Words that tell a paragraph speaks of credit ratings ("cut its rating to Ba2", "rated BBB", "a negative outlook"). */
const RATING_WORDS: ReadonlySet<string> = new Set([
  'rating', 'ratings', 'rated', 'rates', 'rate', 'outlook', 'downgrade', 'downgraded', 'downgrades', 'upgrade', 'upgraded',
  'upgrades', 'notch', 'notches', 'grade', 'investment-grade', 'affirmed', 'affirms',
]);

/** True for a word written as a credit rating of an agency's scale ("Baa3", "BBB"): see above. */
export function isCreditRatingShaped(text: string): boolean {
  return MOODYS_RATING.test(text) || LETTER_RATING.test(text);
}

/** True for a lower-case word (folded) that tells its text speaks of credit ratings ("rating", "downgraded", "outlook"). */
export function isRatingWord(key: string): boolean {
  return RATING_WORDS.has(key);
}
