// VS Code's user settings for the runs, written to <user-data-dir>/User/settings.json before a
// window opens (a window reads them when it loads).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const QUIET = {
  // Nothing over the editor in screenshots, nothing that calls the network.
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  // Screenshots: no lines pinned over the top of the editor.
  'editor.stickyScroll.enabled': false,
  // The trust prompt would be a modal dialog over the workbench.
  'security.workspace.trust.startupPrompt': 'never',
};

/**
 * Workspace trust, for the next window:
 * - trusted: trust is off (`security.workspace.trust.enabled: false`), so every folder is
 *   trusted, as `code --disable-workspace-trust` and VS Code's own integration tests do. (A
 *   fresh browser profile knows no trusted folders, and code-server's web workbench offers
 *   no other way to trust one without clicking through the dialog.)
 * - untrusted: trust is on and no folder has been trusted, so the folder opens in
 *   Restricted Mode.
 */
export function writeUserSettings(layout, { trusted }) {
  const dir = join(layout.dirs.userData, 'User');
  mkdirSync(dir, { recursive: true });
  const settings = { ...QUIET, 'security.workspace.trust.enabled': !trusted };
  writeFileSync(join(dir, 'settings.json'), `${JSON.stringify(settings, null, 2)}\n`);
}
