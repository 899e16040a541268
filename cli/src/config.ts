// Rule severities and limits for a run (SPEC §5a): built-in defaults < config file <
// `--rule`, `--max-file-size`, `--max-findings`. The config file is `--config <path>`, else
// `dwnet.config.json` in the current directory when present. A bad config file or option
// is a usage error.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  CONFIG_FILE,
  checkRuleSetting,
  parseConfig,
  type ConfigFile,
  t,
  type Locale,
  type RuleLevel,
} from '../../core/src/index';
import { fsReason } from './files';
import { UsageError, localReason } from './io';

export type { ConfigFile };

/** A config file's settings; its first problem, if it has one, is a usage error. */
function readConfigText(text: string, shownPath: string, locale: Locale): ConfigFile {
  const { config, problems } = parseConfig(text);
  const first = problems[0];
  if (first !== undefined)
    throw new UsageError(
      t(locale, 'cli.config.invalid', { path: shownPath, problem: first }),
      undefined,
      false,
    );
  return config;
}

/** Parses `--rule code=level` arguments; throws UsageError when one is invalid. */
export function parseRuleArgs(
  args: readonly string[],
  locale: Locale = 'en',
): Record<string, RuleLevel> {
  const levels: Record<string, RuleLevel> = {};
  for (const arg of args) {
    const eq = arg.indexOf('=');
    if (eq <= 0) throw new UsageError(t(locale, 'cli.config.ruleSyntax', { argument: arg }));
    const code = arg.slice(0, eq).trim();
    const level = arg.slice(eq + 1).trim();
    const problem = checkRuleSetting(code, level);
    if (problem !== undefined)
      throw new UsageError(t(locale, 'cli.config.rule', { argument: arg, problem }));
    levels[code] = level as RuleLevel;
  }
  return levels;
}

/** Reads the config file that applies (if any) and merges the `--rule` overrides. */
export function resolveConfig(
  cwd: string,
  configOption: string | undefined,
  ruleArgs: readonly string[],
  locale: Locale = 'en',
): ConfigFile {
  // Parse --rule first: a typo there is reported even when the config is fine.
  const overrides = parseRuleArgs(ruleArgs, locale);
  let fromFile: ConfigFile = { rules: {} };
  const configPath = configOption ?? CONFIG_FILE;
  const absolute = resolve(cwd, configPath);
  let text: string | undefined;
  try {
    text = readFileSync(absolute, 'utf8');
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    // The default config file is optional; one named with --config is not.
    if (configOption !== undefined || !missing) {
      throw new UsageError(
        t(locale, 'cli.config.cannotRead', {
          path: configPath,
          reason: localReason(fsReason(error), locale),
        }),
        undefined,
        false,
      );
    }
  }
  if (text !== undefined) {
    fromFile = readConfigText(text, configPath, locale);
  }
  return { ...fromFile, rules: { ...fromFile.rules, ...overrides } };
}
