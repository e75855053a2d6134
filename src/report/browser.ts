import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';

/** Debian's chromium; the flags keep it from reaching any network service of its own. */
export const CHROMIUM = process.env.PCLAUSE_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface Headless {
  context: BrowserContext;
  close(): Promise<void>;
}

/**
 * Headless Chromium with a fresh profile (playwright-core, dev dependency: loaded only when a page is
 * screenshotted or tested).
 */
export async function launchChromium(): Promise<Headless> {
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'pclause-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 900 },
    locale: 'zh-CN',
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Save a PNG of a report (the first rows' sources opened so the highlight shows, or scrolled to an element). */
export async function screenshot(html: string, png: string, opts: { open?: number; height?: number; scrollTo?: string } = {}): Promise<void> {
  const b = await launchChromium();
  try {
    const p = await b.context.newPage();
    await p.setViewportSize({ width: 1280, height: opts.height ?? 900 });
    await p.goto(`file://${html}`);
    const rows = await p.$$('tr.main');
    for (const r of rows.slice(0, opts.open ?? 0)) await r.click();
    if (opts.scrollTo) {
      await p.evaluate((sel) => {
        document.querySelector(sel)?.scrollIntoView();
        window.scrollBy(0, -200);
      }, opts.scrollTo);
    }
    await p.screenshot({ path: png, fullPage: false });
  } finally {
    await b.close();
  }
}

export type { Browser };
