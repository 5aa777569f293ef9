/**
 * Two articles for the "a lone surname joins the one stored person with it" rule: the second
 * names "Solberg" alone, who is the Ingrid Solberg of the first.
 */
export const solbergArticles = [
  {
    url: 'https://example.test/solberg/1',
    title: 'Norway cuts cod quota',
    body: 'Norway will cut the cod quota, the government said on Friday.\n\n“We have to protect the stock,” said Ingrid Solberg, the fisheries minister.',
  },
  {
    url: 'https://example.test/solberg/2',
    title: 'Fishermen protest',
    body: 'Fishermen protested in Tromsø on Monday.\n\n“The quota stays,” Solberg told reporters.',
  },
];
