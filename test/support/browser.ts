import { existsSync, mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';

/** Debian's Chromium; `npx playwright install` cannot download browsers on these machines. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOT_DIR = path.resolve(__dirname, '../../artifacts/screenshots');
export const VIEWPORTS = { laptop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } } as const;

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Fails with what to do when Chromium or the CJK font is missing, instead of skipping the browser tests. */
export function assertBrowserInstalled(): void {
  const fonts = ['/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', '/usr/share/fonts/opentype/noto'];
  if (!existsSync(CHROMIUM_PATH) || !fonts.some((f) => existsSync(f))) {
    throw new Error(
      `Browser tests need Debian's Chromium at ${CHROMIUM_PATH} and fonts-noto-cjk. Run \`bash .ci/run\`, or ` +
        '`apt-get update && apt-get install -y --no-install-recommends chromium fonts-noto-cjk`.',
    );
  }
}

/** Playwright gives each launch a new, empty --user-data-dir of its own. */
export async function launchBrowser(): Promise<Browser> {
  assertBrowserInstalled();
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: FLAGS, timeout: 60_000 });
}

export interface ConsolePage {
  context: BrowserContext;
  page: Page;
  /** Every URL the page asked for, in order (navigations, scripts, styles, fetches, images). */
  requests: string[];
  consoleErrors: string[];
}

export async function openConsole(browser: Browser, baseUrl: string, viewport: { width: number; height: number } = VIEWPORTS.laptop): Promise<ConsolePage> {
  const context = await browser.newContext({ viewport, locale: 'zh-CN', acceptDownloads: true });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  await page.goto(`${baseUrl}/`);
  return { context, page, requests, consoleErrors };
}

/** Requests that went anywhere but the service (blob: URLs are the page's own downloads). */
export function foreignRequests(requests: string[], baseUrl: string): string[] {
  const origin = new URL(baseUrl).origin;
  return requests.filter((u) => !u.startsWith('blob:') && !u.startsWith('data:') && new URL(u).origin !== origin);
}

export async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('form button[type="submit"]').click();
  await page.locator('nav.mainnav').waitFor();
}

/** Horizontal overflow of the document, in CSS pixels (0 when the page fits its viewport). */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate('document.scrollingElement.scrollWidth - window.innerWidth') as Promise<number>;
}

/**
 * Pairs of visible sibling blocks, in the main layout regions, whose boxes intersect by more than a pixel
 * (described as "selector: a ∩ b"), so a test can say nothing overlaps.
 */
export async function overlappingBlocks(page: Page): Promise<string[]> {
  return page.evaluate(`(() => {
    const containers = ['.shell', '.topbar', '.content', '.page', '.grid', '.cards', '.filters', '.form-grid', '.actions', '.stats', '.candidate-head', '.score', '.skills', '.skill-row', '.chart-row', '.exports', '.itinerary'];
    const found = [];
    const name = (el) => el.tagName.toLowerCase() + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '');
    for (const selector of containers) {
      for (const parent of document.querySelectorAll(selector)) {
        const kids = [...parent.children].filter((el) => {
          const s = getComputedStyle(el);
          const r = el.getBoundingClientRect();
          return s.display !== 'none' && s.visibility !== 'hidden' && s.position !== 'absolute' && s.position !== 'fixed' && r.width > 0 && r.height > 0;
        });
        for (let i = 0; i < kids.length; i++) {
          for (let j = i + 1; j < kids.length; j++) {
            const a = kids[i].getBoundingClientRect();
            const b = kids[j].getBoundingClientRect();
            const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
            const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
            if (w > 1 && h > 1) found.push(selector + ': ' + name(kids[i]) + ' ∩ ' + name(kids[j]));
          }
        }
      }
    }
    return found;
  })()`) as Promise<string[]>;
}

/**
 * The fonts Chromium actually used for the text of the first element matching `selector`
 * (DevTools' CSS.getPlatformFontsForNode): proof that Chinese is drawn with a CJK font, not as boxes.
 */
export async function platformFonts(page: Page, selector: string): Promise<{ familyName: string; glyphCount: number }[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    if (!nodeId) throw new Error(`no element matches ${selector}`);
    const { node } = await cdp.send('DOM.describeNode', { nodeId, depth: 1 });
    const textChild = node.children?.find((c) => c.nodeType === 3);
    const target = textChild ? (await cdp.send('DOM.pushNodesByBackendIdsToFrontend', { backendNodeIds: [textChild.backendNodeId] })).nodeIds[0] : nodeId;
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId: target });
    return fonts.map((f) => ({ familyName: f.familyName, glyphCount: f.glyphCount }));
  } finally {
    await cdp.detach();
  }
}

/**
 * The Chinese characters of the first element matching `selector` that are drawn as the font's
 * missing-glyph box: each is drawn on a canvas in the element's font and compared with the drawing of an
 * unassigned code point. Empty when every character has a real glyph.
 */
export async function tofuCharacters(page: Page, selector: string): Promise<{ checked: number; tofu: string[] }> {
  return page.evaluate(`(() => {
    const el = document.querySelector(${JSON.stringify(selector)});
    const style = getComputedStyle(el);
    const draw = (ch) => {
      const canvas = document.createElement('canvas');
      canvas.width = 48;
      canvas.height = 48;
      const ctx = canvas.getContext('2d');
      ctx.font = '36px ' + style.fontFamily;
      ctx.fillText(ch, 4, 40);
      return canvas.toDataURL();
    };
    const missing = draw('\\u{10FFFD}');
    const chars = [...new Set(el.textContent.replace(/[^\\u4e00-\\u9fff]/g, ''))];
    return { checked: chars.length, tofu: chars.filter((ch) => draw(ch) === missing) };
  })()`) as Promise<{ checked: number; tofu: string[] }>;
}

/** Full-page screenshot to artifacts/screenshots/<name>-<width>.png. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const width = page.viewportSize()?.width ?? 0;
  const file = path.join(SCREENSHOT_DIR, `${name}-${width}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * Polls a JavaScript expression in the page until it is truthy. (page.waitForFunction with a string
 * compiles it with eval inside the page, which the console's CSP forbids, as it should.)
 */
export async function waitUntil(page: Page, expression: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await page.evaluate(expression))) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${expression}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** No spinner left on the page (every load has answered). */
export async function settled(page: Page): Promise<void> {
  await waitUntil(page, 'document.querySelectorAll(".loading").length === 0');
}

export interface PageCheck {
  overflow: number;
  overlaps: string[];
  cjkFonts: string[];
  cjkChecked: number;
  tofu: string[];
}

/**
 * Waits for the page to settle, then measures what the tests assert on: horizontal overflow, overlapping
 * blocks and the fonts used for the page heading (Chinese in a CJK font, not boxes); and screenshots it.
 */
export async function inspect(page: Page, name: string): Promise<PageCheck> {
  await settled(page);
  await page.evaluate('document.fonts.ready');
  const fonts = await platformFonts(page, 'main h1');
  const glyphs = await tofuCharacters(page, 'main h1');
  await screenshot(page, name);
  return {
    overflow: await horizontalOverflow(page),
    overlaps: await overlappingBlocks(page),
    cjkFonts: fonts.filter((f) => f.glyphCount > 0).map((f) => f.familyName),
    cjkChecked: glyphs.checked,
    tofu: glyphs.tofu,
  };
}
