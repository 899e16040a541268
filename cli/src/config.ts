// Rule severities and limits for a run (SPEC §5a): built-in defaults < config file <
// `--rule`, `--max-file-size`, `--max-findings`. The config file is `--config <path>`, else
// `dwnet.config.json` in the current directory when present. A bad config file or option
// is a usage error.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import {
  LineIndex,
  RULES,
  ruleMeta,
  type RuleLevel,
  type ValidateOptions,
} from '../../core/src/index';
import { fsReason } from './files';
import { UsageError } from './io';
import { didYouMean } from './suggest';

export const DEFAULT_CONFIG_FILE = 'dwnet.config.json';

export const RULE_LEVELS: readonly RuleLevel[] = ['off', 'error', 'warning', 'information', 'hint'];

const LEVEL_LIST = 'off, error, warning, information or hint';

function isRuleLevel(value: unknown): value is RuleLevel {
  return typeof value === 'string' && (RULE_LEVELS as readonly string[]).includes(value);
}

function ruleCodes(): string[] {
  return RULES.map((rule) => rule.code);
}

/** Checks one `code` → `level` pair; returns what is wrong with it, if anything. */
function checkRuleSetting(code: string, level: unknown): string | undefined {
  if (ruleMeta(code) === undefined) {
    return `unknown rule "${code}"${didYouMean(code, ruleCodes())}`;
  }
  if (!isRuleLevel(level)) {
    const shown =
      typeof level === 'string' ? `"${level}"` : (JSON.stringify(level) ?? String(level));
    const hint = typeof level === 'string' ? didYouMean(level, RULE_LEVELS) : '';
    return `invalid level ${shown} for rule "${code}"${hint}; expected ${LEVEL_LIST}`;
  }
  return undefined;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What a config file holds: rule levels and, optionally, the limits. */
export type ConfigFile = Required<Pick<ValidateOptions, 'rules'>> &
  Pick<ValidateOptions, 'maxFileSize' | 'maxFindingsPerFile'>;

const CONFIG_KEYS = ['rules', 'maxFileSize', 'maxFindingsPerFile'];

/** What is wrong with a limit's value (≥ 0, and whole for a count), if anything. */
export function checkLimit(value: unknown, whole: boolean): string | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
    return 'expected a number ≥ 0 (0: no limit)';
  if (whole && !Number.isInteger(value)) return 'expected a whole number ≥ 0 (0: no limit)';
  return undefined;
}

/** Parses a config file's text (JSON with comments); throws UsageError when invalid. */
export function parseConfig(text: string, shownPath: string): ConfigFile {
  const fail = (why: string): never => {
    throw new UsageError(`invalid config ${shownPath}: ${why}`, undefined, false);
  };
  const errors: ParseError[] = [];
  const value: unknown = parse(text, errors, { allowTrailingComma: true, disallowComments: false });
  const first = errors[0];
  if (first !== undefined) {
    const at = new LineIndex(text).positionAt(first.offset);
    // "CloseBraceExpected" → "close brace expected".
    const what = printParseErrorCode(first.error)
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .toLowerCase();
    fail(`${what} at line ${at.line + 1}, column ${at.character + 1}`);
  }
  if (!isPlainObject(value))
    return fail('expected an object like { "rules": { "<code>": "off" } }');
  for (const key of Object.keys(value)) {
    if (!CONFIG_KEYS.includes(key) && key !== '$schema') {
      fail(
        `unknown property "${key}"${didYouMean(key, CONFIG_KEYS)}; expected "rules", "maxFileSize" or "maxFindingsPerFile"`,
      );
    }
  }
  const config: ConfigFile = { rules: {} };
  for (const [key, whole] of [
    ['maxFileSize', false],
    ['maxFindingsPerFile', true],
  ] as const) {
    if (value[key] === undefined) continue;
    const problem = checkLimit(value[key], whole);
    if (problem !== undefined) fail(`"${key}": ${problem}`);
    config[key] = value[key] as number;
  }
  const rules = value['rules'];
  if (rules === undefined) return config;
  if (!isPlainObject(rules)) return fail('"rules" must be an object of rule code → level');
  for (const [code, level] of Object.entries(rules)) {
    const problem = checkRuleSetting(code, level);
    if (problem !== undefined) fail(problem);
    config.rules[code] = level as RuleLevel;
  }
  return config;
}

/** Parses `--rule code=level` arguments; throws UsageError when one is invalid. */
export function parseRuleArgs(args: readonly string[]): Record<string, RuleLevel> {
  const levels: Record<string, RuleLevel> = {};
  for (const arg of args) {
    const eq = arg.indexOf('=');
    if (eq <= 0) throw new UsageError(`--rule expects code=level, got "${arg}"`);
    const code = arg.slice(0, eq).trim();
    const level = arg.slice(eq + 1).trim();
    const problem = checkRuleSetting(code, level);
    if (problem !== undefined) throw new UsageError(`--rule ${arg}: ${problem}`);
    levels[code] = level as RuleLevel;
  }
  return levels;
}

/** Reads the config file that applies (if any) and merges the `--rule` overrides. */
export function resolveConfig(
  cwd: string,
  configOption: string | undefined,
  ruleArgs: readonly string[],
): ConfigFile {
  // Parse --rule first: a typo there is reported even when the config is fine.
  const overrides = parseRuleArgs(ruleArgs);
  let fromFile: ConfigFile = { rules: {} };
  const configPath = configOption ?? DEFAULT_CONFIG_FILE;
  const absolute = path.resolve(cwd, configPath);
  let text: string | undefined;
  try {
    text = fs.readFileSync(absolute, 'utf8');
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    // The default config file is optional; one named with --config is not.
    if (configOption !== undefined || !missing) {
      throw new UsageError(
        `cannot read config ${configPath}: ${fsReason(error)}`,
        undefined,
        false,
      );
    }
  }
  if (text !== undefined) {
    fromFile = parseConfig(text.replace(/^\ufeff/, ''), configPath);
  }
  return { ...fromFile, rules: { ...fromFile.rules, ...overrides } };
}
