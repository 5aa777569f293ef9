import fs from 'node:fs';
import path from 'node:path';
import { Browser, chromium } from 'playwright-core';
import { sampleDir, startTestGateway, TestGateway } from '../support/test-gateway';

/** Debian's Chromium (installed by .ci/run with apt-get); never a downloaded browser. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const available = fs.existsSync(CHROMIUM);
if (!available && !process.env.CI) console.warn(`skipping the GraphiQL browser test: no Chromium at ${CHROMIUM} (apt-get install chromium)`);
const describeBrowser = available || process.env.CI ? describe : describe.skip;

/** Where the screenshot goes (kept out of git). */
const artifacts = path.resolve(__dirname, '..', '..', 'test-artifacts');

describeBrowser('GraphiQL in a real browser (headless Chromium)', () => {
  let gateway: TestGateway;
  let browser: Browser;
  beforeAll(async () => {
    gateway = await startTestGateway([sampleDir]);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await gateway?.close();
  });

  it('opens with the cookbook as tabs, runs the Stoltenberg query, and shows his quotes', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const outside: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(new URL(gateway.url).origin)) outside.push(request.url());
    });
    await page.goto(gateway.url);
    await page.getByText('StoltenbergOnUkraine', { exact: true }).first().waitFor({ timeout: 20_000 });
    expect(await page.locator('.graphiql-tab').count()).toBe(fs.readdirSync(path.resolve(__dirname, '../../examples/operations')).length);

    await page.locator('.graphiql-execute-button').click();
    const result = page.locator('.result-window');
    await result.getByText('Jens Stoltenberg').first().waitFor({ timeout: 20_000 });
    const text = await result.innerText();
    expect(text).toContain('"totalCount": 5');
    expect(text).toContain('Secretary General');

    fs.mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: path.join(artifacts, 'graphiql-stoltenberg.png') });
    expect(outside).toEqual([]);
  }, 60_000);

  it('shows the schema documentation and the explorer', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(gateway.url);
    await page.locator('[aria-label="Show Documentation Explorer"]').click();
    await page.getByText('Query', { exact: true }).first().click();
    await page.getByText('quotes', { exact: true }).first().waitFor({ timeout: 20_000 });
    await page.locator('[aria-label="Show GraphiQL Explorer"]').click();
    await page.locator('.graphiql-explorer-root').first().waitFor({ timeout: 20_000 });
  }, 60_000);
});
