// The message catalogue: every sentence dwnet shows, keyed by id, one file per language
// (`en.ts`, `zh-CN.ts`). Code asks for a message by key with named parameters and never
// joins sentences itself. Codes, pointers and JSON keys never change with the language.
import { en, type MessageKey } from './en';
import {
  compileTemplate,
  formatTemplate,
  type CompiledTemplate,
  type MessageParams,
} from './format';
import { zhCN } from './zh-CN';

export type { MessageKey } from './en';
export type { MessageParams } from './format';

export const LOCALES = ['en', 'zh-CN'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

let chinese: Readonly<Record<MessageKey, string>> | undefined;

export const CATALOGUES: Readonly<Record<Locale, Readonly<Record<MessageKey, string>>>> = {
  en,
  // Made when first read (./zh-CN.ts).
  get 'zh-CN'() {
    return (chinese ??= zhCN());
  },
};

/** Formats messages of one language. */
export interface Localizer {
  readonly locale: Locale;
  t(key: MessageKey, params?: MessageParams): string;
  /** A list of values in running text: "a, b, c" in English, "a、b、c" in Chinese. */
  list(items: readonly string[]): string;
}

const englishPlural = (n: number): string => (n === 1 ? 'one' : 'other');

function makeLocalizer(locale: Locale): Localizer {
  const catalogue = CATALOGUES[locale];
  const compiled = new Map<MessageKey, CompiledTemplate>();
  const separator = locale === 'zh-CN' ? '、' : ', ';
  const plural = locale === 'zh-CN' ? () => 'other' : englishPlural;
  return {
    locale,
    t(key, params = {}) {
      let parts = compiled.get(key);
      if (!parts) {
        parts = compileTemplate(catalogue[key] ?? en[key]);
        compiled.set(key, parts);
      }
      return formatTemplate(parts, params, plural);
    },
    list: (items) => items.join(separator),
  };
}

const localizers = new Map<Locale, Localizer>();

/** The localizer of a language, made once. */
export function localizer(locale: Locale = DEFAULT_LOCALE): Localizer {
  let found = localizers.get(locale);
  if (!found) localizers.set(locale, (found = makeLocalizer(locale)));
  return found;
}

/** Formats one message: `t('zh-CN', 'cli.summary.clean', { files: 2 })`. */
export function t(locale: Locale, key: MessageKey, params?: MessageParams): string {
  return localizer(locale).t(key, params);
}

/**
 * The locale a language tag or POSIX locale names: `zh-CN`, `zh-cn`, `zh-Hans`, `zh_CN.UTF-8`,
 * `zh` → zh-CN; anything else (`C`, `POSIX`, `en_US.UTF-8`, undefined) → en.
 */
export function resolveLocale(tag: string | undefined | null): Locale {
  if (!tag) return DEFAULT_LOCALE;
  const language = tag
    .trim()
    .toLowerCase()
    .split(/[._@-]/)[0];
  return language === 'zh' ? 'zh-CN' : DEFAULT_LOCALE;
}

/** The locale of a process environment: `LC_ALL`, else `LC_MESSAGES`, else `LANG` (POSIX order). */
export function localeFromEnvironment(env: Readonly<Record<string, string | undefined>>): Locale {
  const tag = env.LC_ALL || env.LC_MESSAGES || env.LANG;
  return resolveLocale(tag);
}

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}
