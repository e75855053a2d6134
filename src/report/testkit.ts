// Test helpers: open a report file in headless Chromium and record what a person (and the network) would see.
import type { Page } from 'playwright-core';
import { launchChromium, type Headless } from './browser.js';

export interface Opened {
  page: Page;
  errors: string[];
  /** Every request the page made other than for its own file. */
  requests: string[];
  dialogs: string[];
}

export async function openReport(b: Headless, file: string): Promise<Opened> {
  const page = await b.context.newPage();
  const url = `file://${file}`;
  const out: Opened = { page, errors: [], requests: [], dialogs: [] };
  page.on('console', (m) => m.type() === 'error' && out.errors.push(m.text()));
  page.on('pageerror', (e) => out.errors.push(String(e)));
  page.on('dialog', (d) => {
    out.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('request', (r) => r.url() !== url && out.requests.push(r.url()));
  await page.goto(url);
  await page.waitForLoadState('load');
  return out;
}

export { launchChromium };
