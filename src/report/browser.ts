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

export interface Shot {
  html: string;
  png: string;
  /** Open the first rows' sources so the highlight shows, or scroll to an element. */
  open?: number;
  height?: number;
  scrollTo?: string;
}

/** Save PNGs of report pages: one browser for all of them, the pages taken at once. */
export async function screenshots(shots: Shot[]): Promise<void> {
  const b = await launchChromium();
  try {
    await Promise.all(
      shots.map(async (s) => {
        const p = await b.context.newPage();
        await p.setViewportSize({ width: 1280, height: s.height ?? 900 });
        await p.goto(`file://${s.html}`);
        const rows = await p.$$('tr.main');
        for (const r of rows.slice(0, s.open ?? 0)) await r.click();
        if (s.scrollTo) {
          await p.evaluate((sel) => {
            document.querySelector(sel)?.scrollIntoView();
            window.scrollBy(0, -200);
          }, s.scrollTo);
        }
        await p.screenshot({ path: s.png, fullPage: false });
        await p.close();
      }),
    );
  } finally {
    await b.close();
  }
}

/** Save a PNG of one report page. */
export async function screenshot(html: string, png: string, opts: Omit<Shot, 'html' | 'png'> = {}): Promise<void> {
  await screenshots([{ html, png, ...opts }]);
}

export type { Browser };
