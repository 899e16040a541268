// The page's words in VS Code's language. A webview has no `vscode.l10n`, so the extension
// hands the page the bundle VS Code loaded for it (l10n/bundle.l10n.<language>.json, in the
// page's #dwnet-diagram-strings element) and `t` does what `vscode.l10n.t` does: the
// translation of the English message when the bundle has one, with `{0}`, `{1}` … filled in.
// Without a bundle (English, or the unit tests) the English message is shown.

let translations: Readonly<Record<string, string>> = {};

/** Uses `bundle` (English message → translation) from now on. */
export function setTranslations(bundle: Readonly<Record<string, string>>): void {
  translations = bundle;
}

/** `message` in the page's language, its `{n}` replaced by `args[n]`. */
export function t(message: string, ...args: (string | number)[]): string {
  const translated = translations[message] ?? message;
  return translated.replace(/\{(\d+)\}/g, (whole, index: string) => {
    const value = args[Number(index)];
    return value === undefined ? whole : String(value);
  });
}

/** `one` for a count of 1, else `other`, each with `{0}` the count (as the bundles spell plurals). */
export function plural(count: number, one: string, other: string): string {
  return count === 1 ? t(one, count) : t(other, count);
}
