import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import type { ParsedArticle } from '../../../../src/ingestion/annotations';
import { parseHtmlArticle } from '../../../../src/ingestion/parse/html-article.parser';

/** A news page with the usual furniture around the story: menus, ads, share links, related stories, footer. */
const NEWS_PAGE = `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Harbour reopens after the storm &#8211; Coastal Times</title>
  <meta name="description" content="Ferries are back on the fjord after three days of gales &amp; closed roads.">
  <meta property="og:title" content="Harbour reopens after the storm">
  <meta property="og:site_name" content="Coastal Times">
  <meta property="og:url" content="https://coastal.example/news/harbour-reopens?utm_source=share">
  <meta property="article:published_time" content="2024-05-18T10:32:00+02:00">
  <meta property="article:section" content="Local">
  <link rel="canonical" href="https://coastal.example/news/harbour-reopens">
  <link rel="stylesheet" href="https://cdn.coastal.example/site.css">
  <script src="https://ads.example.net/tag.js"></script>
</head>
<body>
  <header id="masthead">
    <nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/local">Local</a></li><li><a href="/sport">Sport</a></li></ul></nav>
  </header>
  <div class="ad-banner"><p>Advertisement</p><iframe src="https://ads.example.net/frame.html"></iframe></div>
  <article>
    <h1>Harbour reopens after the storm</h1>
    <p class="byline">By Anna Berg</p>
    <figure>
      <img src="https://cdn.coastal.example/ferry.jpg" alt="">
      <figcaption>The first ferry leaves the quay on Saturday. <span class="photo-credit">Photo: Ola Nordmann / NTB</span></figcaption>
    </figure>
    <p>The port authority lifted the ban on shipping on Friday evening, after three days of gales that closed roads along the coast.</p>
    <p>&#8220;We are back in business,&#8221; said harbour master Per Hansen. &#8220;The quay held up better than we feared.&#8221;</p>
    <div class="ad-inline"><p>Advertisement</p></div>
    <h2>Damage &amp; repairs</h2>
    <p>Repairs to the northern breakwater will take until the summer, the municipality said, and cost about 12&nbsp;million kroner.</p>
    <p>"It could have been much worse," said Lise Dahl, who runs the kiosk by the pier. She kept it closed for four days.</p>
    <h2>What comes next</h2>
    <p>The council will debate a higher sea wall in June, with the mayor&#8217;s backing.</p>
    <div class="share"><a href="https://x.example/share">Share on X</a> <a href="https://facebook.example/share">Share on Facebook</a></div>
  </article>
  <aside class="related"><h2>Related stories</h2><ul><li><a href="/a">Storm warning for the weekend</a></li><li><a href="/b">Ferry prices rise</a></li></ul></aside>
  <footer class="site-footer"><p>&copy; 2024 Coastal Times. All rights reserved.</p><p><a href="/privacy">Privacy</a> | <a href="/contact">Contact us</a></p></footer>
</body>
</html>`;

function paragraphTexts(article: ParsedArticle): string[] {
  return article.paragraphs.map((span) => article.body.slice(span.start, span.end));
}

function segmentTexts(article: ParsedArticle): string[] {
  return article.segments.map((segment) => `${segment.kind}: ${article.body.slice(segment.start, segment.end)}`);
}

/** A minimal page around `story`, with `head` in its <head>. */
function page(head: string, story: string): string {
  return `<!DOCTYPE html><html><head>${head}</head><body><article>${story}</article></body></html>`;
}

const STORY = [
  '<h1>Council backs a new sea wall</h1>',
  '<p>The council voted on Tuesday to build a higher sea wall along the harbour front, after a storm flooded the old town.</p>',
  '<p>Work is due to start next spring and to last two years, the mayor said after the vote.</p>',
].join('');

describe('parseHtmlArticle on a news page', () => {
  const article = parseHtmlArticle(NEWS_PAGE, 'pages/harbour.html');

  it('reads the title, date, url, source, section, dek and lead image from the page', () => {
    expect(article).toMatchObject({
      origin: 'pages/harbour.html',
      title: 'Harbour reopens after the storm',
      publishedAt: '2024-05-18T10:32:00+02:00',
      url: 'https://coastal.example/news/harbour-reopens',
      source: 'Coastal Times',
      section: 'Local',
      dek: 'Ferries are back on the fjord after three days of gales & closed roads.',
      imageCaption: 'The first ferry leaves the quay on Saturday.',
      imageCredit: 'Ola Nordmann / NTB',
      subheadings: ['Damage & repairs', 'What comes next'],
    });
  });

  it('keeps the story paragraphs, with entities decoded into characters', () => {
    expect(paragraphTexts(article)).toEqual([
      'The port authority lifted the ban on shipping on Friday evening, after three days of gales that closed roads along the coast.',
      '“We are back in business,” said harbour master Per Hansen. “The quay held up better than we feared.”',
      'Repairs to the northern breakwater will take until the summer, the municipality said, and cost about 12 million kroner.',
      '"It could have been much worse," said Lise Dahl, who runs the kiosk by the pier. She kept it closed for four days.',
      'The council will debate a higher sea wall in June, with the mayor’s backing.',
    ]);
    expect(article.body).not.toMatch(/&#?\w+;/);
  });

  it('builds the body from paragraphs and subheadings separated by blank lines, every span verbatim', () => {
    expect(article.body.split('\n\n')).toEqual([
      paragraphTexts(article)[0],
      paragraphTexts(article)[1],
      'Damage & repairs',
      paragraphTexts(article)[2],
      paragraphTexts(article)[3],
      'What comes next',
      paragraphTexts(article)[4],
    ]);
    for (const [index, span] of article.paragraphs.entries()) {
      expect(article.body.slice(span.start, span.end)).toBe(article.body.split('\n\n').filter((text) => !article.subheadings.includes(text))[index]);
      expect(article.body.slice(span.start, span.end)).toBe(article.body.slice(span.start, span.end).trim());
    }
  });

  it('lists subheading and paragraph segments in body order, and no title segment when the title is not in the body', () => {
    expect(segmentTexts(article)).toEqual([
      `paragraph: ${paragraphTexts(article)[0]}`,
      `paragraph: ${paragraphTexts(article)[1]}`,
      'subheading: Damage & repairs',
      `paragraph: ${paragraphTexts(article)[2]}`,
      `paragraph: ${paragraphTexts(article)[3]}`,
      'subheading: What comes next',
      `paragraph: ${paragraphTexts(article)[4]}`,
    ]);
    expect(article.segments.filter((segment) => segment.kind === 'paragraph').map((segment) => segment.paragraph)).toEqual([0, 1, 2, 3, 4]);
    expect(article.body).not.toContain(article.title);
  });

  it('drops navigation, ads, byline, share links, related stories, footer and the figure', () => {
    for (const boilerplate of ['Home', 'Sport', 'Advertisement', 'Anna Berg', 'Share on', 'Related stories', 'Ferry prices', '©', 'Privacy', 'Contact us', 'first ferry', 'NTB']) {
      expect(article.body).not.toContain(boilerplate);
    }
  });
});

describe('parseHtmlArticle metadata fallbacks', () => {
  it('takes the date from JSON-LD datePublished, then from <time datetime>, and ignores dates that are not ISO', () => {
    const jsonLd = `<script type="application/ld+json">${JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [{ '@type': 'WebSite', name: 'Coastal Times' }, { '@type': 'NewsArticle', datePublished: '2024-03-02', articleSection: ['Politics'] }],
    })}</script>`;
    expect(parseHtmlArticle(page(`<title>Sea wall</title>${jsonLd}`, STORY), 'a.html')).toMatchObject({ publishedAt: '2024-03-02', section: 'Politics' });

    const timed = page('<title>Sea wall</title>', `<time datetime="2024-03-04T08:00:00Z">4 March</time>${STORY}`);
    expect(parseHtmlArticle(timed, 'b.html').publishedAt).toBe('2024-03-04T08:00:00Z');

    const notIso = page('<meta property="article:published_time" content="Tuesday 5 March">', `<time datetime="last week">x</time>${STORY}`);
    expect(parseHtmlArticle(notIso, 'c.html').publishedAt).toBeNull();
  });

  it('takes the url from og:url without a canonical link, resolves a relative canonical link, and ignores non-http urls', () => {
    expect(parseHtmlArticle(page('<meta property="og:url" content="https://coastal.example/x">', STORY), 'a.html').url).toBe('https://coastal.example/x');
    const relative = '<link rel="canonical" href="/news/sea-wall"><meta property="og:url" content="https://coastal.example/x?ref=1">';
    expect(parseHtmlArticle(page(relative, STORY), 'b.html').url).toBe('https://coastal.example/news/sea-wall');
    expect(parseHtmlArticle(page('<link rel="canonical" href="file:///tmp/a.html">', STORY), 'c.html').url).toBeNull();
    // A link of another scheme is never taken, written or resolved against og:url: og:url stands instead.
    for (const href of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,x', 'vbscript:msgbox(1)', 'ftp://coastal.example/x']) {
      const hostile = `<link rel="canonical" href="${href}"><meta property="og:url" content="https://coastal.example/x">`;
      expect(parseHtmlArticle(page(hostile, STORY), 'd.html').url).toBe('https://coastal.example/x');
      expect(parseHtmlArticle(page(`<link rel="canonical" href="${href}">`, STORY), 'e.html').url).toBeNull();
    }
    expect(parseHtmlArticle(page('<meta property="og:url" content="javascript:alert(1)">', STORY), 'f.html').url).toBeNull();
  });

  it('takes the title from <title> when the page has no og:title, and leaves unknown fields null', () => {
    const article = parseHtmlArticle(page('<title>Council backs a new sea wall</title>', STORY), 'a.html');
    expect(article).toMatchObject({ title: 'Council backs a new sea wall', url: null, publishedAt: null, source: null, section: null, dek: null });
    expect(article).toMatchObject({ imageCaption: null, imageCredit: null, subheadings: [] });
  });

  it('drops a description that only repeats the start of the first paragraph', () => {
    const cut = '<meta name="description" content="The council voted on Tuesday to build a higher sea wall along the harbour&hellip;">';
    expect(parseHtmlArticle(page(cut, STORY), 'a.html').dek).toBeNull();
    const own = '<meta property="og:description" content="A storm-hit town gets its defences.">';
    expect(parseHtmlArticle(page(own, STORY), 'b.html').dek).toBe('A storm-hit town gets its defences.');
  });

  it('splits caption and credit written as "/ CREDIT", "(Photo: CREDIT)" or in a <cite>', () => {
    const withCaption = (figcaption: string) =>
      parseHtmlArticle(page('<title>Sea wall</title>', `<figure><img src="a.jpg"><figcaption>${figcaption}</figcaption></figure>${STORY}`), 'a.html');
    expect(withCaption('Waves over the old wall. / Reuters')).toMatchObject({ imageCaption: 'Waves over the old wall.', imageCredit: 'Reuters' });
    expect(withCaption('Waves over the old wall (Photo: AP)')).toMatchObject({ imageCaption: 'Waves over the old wall', imageCredit: 'AP' });
    expect(withCaption('Waves over the old wall. <cite>Kari Nilsen</cite>')).toMatchObject({ imageCaption: 'Waves over the old wall.', imageCredit: 'Kari Nilsen' });
    expect(withCaption('Waves over the old wall.')).toMatchObject({ imageCaption: 'Waves over the old wall.', imageCredit: null });
  });
});

describe('parseHtmlArticle text blocks', () => {
  it('makes one paragraph per <p>, <li> and <blockquote>, keeps a <br> as a line break, and drops headings at the end', () => {
    const story = [
      '<h1>Council backs a new sea wall</h1>',
      '<p>The council voted on Tuesday to build a higher sea wall,<br>after a storm flooded the old town.</p>',
      '<h3>The plan</h3>',
      '<ul><li>A wall two metres higher.</li><li>New pumps in the <em>old town</em>.</li></ul>',
      '<blockquote>“This is the most important vote of the year,” the mayor told the council.</blockquote>',
      '<p>Work is due to start next spring and to last two years, the mayor said after the vote.</p>',
      '<h2>More from Coastal Times</h2>',
    ].join('\n');
    const article = parseHtmlArticle(page('<title>Council backs a new sea wall</title>', story), 'a.html');
    expect(paragraphTexts(article)).toEqual([
      'The council voted on Tuesday to build a higher sea wall,\nafter a storm flooded the old town.',
      'A wall two metres higher.',
      'New pumps in the old town.',
      '“This is the most important vote of the year,” the mayor told the council.',
      'Work is due to start next spring and to last two years, the mayor said after the vote.',
    ]);
    expect(article.subheadings).toEqual(['The plan']);
    expect(article.body).not.toContain('More from');
    expect(article.body).not.toMatch(/\n\s*\n\s*\n/);
  });

  it('reads a page that leaves out its optional <html>, <head> and <body> tags', () => {
    const minified = NEWS_PAGE.replace(/<\/?(?:html|head|body)\b[^>]*>/g, '').replace(/>\s+</g, '><');
    const article = parseHtmlArticle(minified, 'min.html');
    expect(article).toMatchObject({ title: 'Harbour reopens after the storm', url: 'https://coastal.example/news/harbour-reopens' });
    expect(paragraphTexts(article)).toEqual(paragraphTexts(parseHtmlArticle(NEWS_PAGE, 'full.html')));
  });
});

describe('parseHtmlArticle errors', () => {
  it('throws "no article text found" for a page without an article', () => {
    expect(() => parseHtmlArticle('<html><head><title>Empty</title></head><body></body></html>', 'empty.html')).toThrow(
      'empty.html: no article text found in the HTML page',
    );
    const menuOnly = '<html><head><title>Menu</title></head><body><nav><ul><li><a href="/">Home</a></li><li><a href="/n">News</a></li></ul></nav></body></html>';
    expect(() => parseHtmlArticle(menuOnly, 'menu.html')).toThrow('menu.html: no article text found in the HTML page');
    expect(() => parseHtmlArticle('not html at all <<<>>>', 'odd.html')).toThrow(/^odd\.html: /);
  });
});

describe('parseHtmlArticle and the network', () => {
  afterEach(() => jest.restoreAllMocks());

  it('never fetches the images, scripts, stylesheets and frames a page names', () => {
    const refuse = () => {
      throw new Error('network access');
    };
    const spies = [
      jest.spyOn(globalThis, 'fetch').mockImplementation(refuse),
      jest.spyOn(http, 'request').mockImplementation(refuse),
      jest.spyOn(http, 'get').mockImplementation(refuse),
      jest.spyOn(https, 'request').mockImplementation(refuse),
      jest.spyOn(https, 'get').mockImplementation(refuse),
      jest.spyOn(net, 'connect').mockImplementation(refuse),
      jest.spyOn(net.Socket.prototype, 'connect').mockImplementation(refuse),
    ];
    const withResources = NEWS_PAGE.replace(
      '</article>',
      '<img src="https://tracker.example/pixel.gif"><video src="https://cdn.example/v.mp4"></video><script>fetch("https://evil.example")</script></article>',
    );
    expect(parseHtmlArticle(withResources, 'a.html').paragraphs).toHaveLength(5);
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });
});
