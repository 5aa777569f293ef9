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

/**
 * Four articles for "a full name takes the person stored by its surname alone": the first names
 * "Haugeland" alone, the second Kari Haugeland (who takes it), the third Jon Haugeland (a second
 * person with the surname), the fourth "Haugeland" alone again (whom the two share: neither).
 */
export const haugelandArticles = [
  {
    url: 'https://example.test/haugeland/1',
    title: 'Ferry fares frozen',
    body: 'Ferry fares will stay the same next year.\n\n“Nobody pays more in January,” Haugeland told reporters in Bergen on Monday.',
  },
  {
    url: 'https://example.test/haugeland/2',
    title: 'New ferries ordered',
    body: 'The government ordered four electric ferries on Tuesday.\n\n“They will sail by 2030,” said Kari Haugeland, the transport minister.',
  },
  {
    url: 'https://example.test/haugeland/3',
    title: 'Budget talks',
    body: 'Budget talks began on Wednesday.\n\n“Every krone counts,” said Jon Haugeland, the finance minister.',
  },
  {
    url: 'https://example.test/haugeland/4',
    title: 'Bridge delayed',
    body: 'The bridge will open a year late.\n\n“We regret the delay,” Haugeland told reporters on Thursday.',
  },
];
