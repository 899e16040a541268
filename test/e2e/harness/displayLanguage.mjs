// VS Code's display language for the next window, as *Configure Display Language* sets it:
// `"locale"` in <user-data-dir>/User/argv.json, which code-server reads on every page load
// (before the `vscode.nls.locale` cookie and the browser's Accept-Language).
//
// A locale takes effect only if a language pack for it is installed: without one, code-server
// serves the workbench in English and VS Code reports `en` to extensions, whatever
// `--locale`, argv.json or VSCODE_NLS_CONFIG say. Microsoft's Chinese language pack
// (MS-CEINTL.vscode-language-pack-zh-hans) comes only from the Marketplace or Open VSX, which
// this machine cannot reach, and npm does not have it. So the run registers a stand-in: the
// record `languagepacks.json` that installing a language pack writes into the user data
// folder, pointing at a translation file with no translations. code-server then resolves
// the locale to zh-cn, tells the workbench and the extension host that the language is
// zh-cn, and shows every workbench string it has no translation for in English. For the
// extension under test nothing differs from a real language pack: it sees
// `vscode.env.language === 'zh-cn'` and VS Code reads its package.nls.zh-cn.json and
// l10n/bundle.l10n.zh-cn.json. (With the real pack the workbench's own menus would be
// Chinese too.)
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The stand-in language pack's id, as languagepacks.json names the extension it came from. */
const STAND_IN_ID = 'dwnet-e2e.zh-cn-stand-in';

/** Registers a language pack for `locale` with no translations of VS Code's own strings. */
function registerStandInLanguagePack(layout, locale) {
  const folder = join(layout.dirs.userData, 'stand-in-language-pack');
  mkdirSync(folder, { recursive: true });
  const translations = join(folder, 'main.i18n.json');
  // The format of a language pack's translations/main.i18n.json: messages by module.
  writeFileSync(translations, `${JSON.stringify({ version: '1.0.0', contents: {} })}\n`);
  const packs = {
    [locale]: {
      // code-server keys its cache of generated messages on this hash.
      hash: `${STAND_IN_ID}-1`,
      extensions: [{ extensionIdentifier: { id: STAND_IN_ID }, version: '1.0.0' }],
      translations: { vscode: translations },
      label: locale,
    },
  };
  writeFileSync(
    join(layout.dirs.userData, 'languagepacks.json'),
    `${JSON.stringify(packs, null, 2)}\n`,
  );
}

/**
 * Sets the display language of the windows opened from now on: `en` (the default, no
 * argv.json) or another locale, such as `zh-cn`, with its stand-in language pack.
 */
export function setDisplayLanguage(layout, locale) {
  const argv = join(layout.dirs.userData, 'User', 'argv.json');
  if (locale === 'en') {
    rmSync(argv, { force: true });
    return;
  }
  registerStandInLanguagePack(layout, locale);
  mkdirSync(join(layout.dirs.userData, 'User'), { recursive: true });
  writeFileSync(argv, `${JSON.stringify({ locale }, null, 2)}\n`);
}
