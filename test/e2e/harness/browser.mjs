// Debian's chromium driven by playwright-core (Playwright's own browser download cannot reach
// its host from here). A fresh profile per run under the scratch folder: no cookies, no
// IndexedDB state (VS Code's web storage lives there) from an earlier run.
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const FLAGS = [
  // Runs as root in CI, where Chromium's sandbox cannot start.
  '--no-sandbox',
  '--disable-gpu',
  // Nothing but 127.0.0.1 is reachable: no QUIC probes, no background calls home.
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A browser context of `width`×`height`; close it with `context.close()`. */
export async function launchBrowser(tools, scratch, { width = 1440, height = 960 } = {}) {
  return chromium.launchPersistentContext(join(scratch, 'chromium-profile'), {
    executablePath: tools.chromium,
    headless: true,
    args: FLAGS,
    viewport: { width, height },
    // Ctrl+. and the other shortcuts are the Linux ones whatever machine runs this.
    locale: 'en-US',
  });
}
