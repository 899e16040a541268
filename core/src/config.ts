// dwnet.config.json (SPEC §5a): rule levels and limits, parsed once for every surface. The
// CLI refuses a config with a problem (its first problem is the usage error); the language
// server, which cannot refuse, applies what is valid and shows the problems as a warning.
// Both read the same values and word the same problems.
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { LineIndex } from './lineIndex';
import { RULES, ruleMeta } from './rules/registry';
import type { RuleLevel, ValidateOptions } from './types';
import { didYouMean } from './util/similar';

export const CONFIG_FILE = 'dwnet.config.json';

const RULE_LEVELS: readonly RuleLevel[] = ['off', 'error', 'warning', 'information', 'hint'];

const LEVEL_LIST = 'off, error, warning, information or hint';

/** What a config file holds: rule levels and, optionally, the limits. */
export type ConfigFile = Required<Pick<ValidateOptions, 'rules'>> &
  Pick<ValidateOptions, 'maxFileSize' | 'maxFindingsPerFile'>;

/** A config file's valid settings and what is wrong with the rest, in file order. */
export interface ParsedConfig {
  config: ConfigFile;
  problems: string[];
}

const CONFIG_KEYS = ['rules', 'maxFileSize', 'maxFindingsPerFile'];

/** The limits and whether each counts whole things. */
const CONFIG_LIMITS = [
  ['maxFileSize', false],
  ['maxFindingsPerFile', true],
] as const;

function isRuleLevel(value: unknown): value is RuleLevel {
  return typeof value === 'string' && (RULE_LEVELS as readonly string[]).includes(value);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks one `code` → `level` pair; returns what is wrong with it, if anything. */
export function checkRuleSetting(code: string, level: unknown): string | undefined {
  if (ruleMeta(code) === undefined) {
    return `unknown rule "${code}"${didYouMean(
      code,
      RULES.map((rule) => rule.code),
    )}`;
  }
  if (!isRuleLevel(level)) {
    const shown =
      typeof level === 'string' ? `"${level}"` : (JSON.stringify(level) ?? String(level));
    const hint = typeof level === 'string' ? didYouMean(level, RULE_LEVELS) : '';
    return `invalid level ${shown} for rule "${code}"${hint}; expected ${LEVEL_LIST}`;
  }
  return undefined;
}

/** What is wrong with a limit's value (≥ 0, and whole for a count), if anything. */
function checkLimit(value: unknown, whole: boolean): string | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
    return 'expected a number ≥ 0 (0: no limit)';
  if (whole && !Number.isInteger(value)) return 'expected a whole number ≥ 0 (0: no limit)';
  return undefined;
}

/**
 * The valid `code` → `level` pairs of a `rules` object; the others go to `problems`.
 * `name` is how the object is called in a problem (`"rules"`, `dwnet.rules`).
 */
export function readRuleLevels(
  value: unknown,
  problems: string[],
  name = '"rules"',
): Record<string, RuleLevel> {
  const rules: Record<string, RuleLevel> = {};
  if (value === undefined) return rules;
  if (!isPlainObject(value)) {
    problems.push(`${name} must be an object of rule code → level`);
    return rules;
  }
  for (const [code, level] of Object.entries(value)) {
    const problem = checkRuleSetting(code, level);
    if (problem !== undefined) problems.push(problem);
    else rules[code] = level as RuleLevel;
  }
  return rules;
}

/**
 * The valid limits of `value` (`maxFileSize`, `maxFindingsPerFile`); the others go to
 * `problems`, each named with `prefix` (`dwnet.` for editor settings).
 */
export function readLimits(
  value: Record<string, unknown>,
  problems: string[],
  prefix = '',
): Pick<ConfigFile, 'maxFileSize' | 'maxFindingsPerFile'> {
  const limits: Pick<ConfigFile, 'maxFileSize' | 'maxFindingsPerFile'> = {};
  for (const [key, whole] of CONFIG_LIMITS) {
    const limit = value[key];
    if (limit === undefined) continue;
    const problem = checkLimit(limit, whole);
    if (problem !== undefined) problems.push(`"${prefix}${key}": ${problem}`);
    else limits[key] = limit as number;
  }
  return limits;
}

/** Parses a config file's text (JSON with comments, an optional byte order mark). */
export function parseConfig(text: string): ParsedConfig {
  const source = text.replace(/^\ufeff/, '');
  const problems: string[] = [];
  const errors: ParseError[] = [];
  const value: unknown = parse(source, errors, {
    allowTrailingComma: true,
    disallowComments: false,
  });
  const first = errors[0];
  if (first !== undefined) {
    const at = new LineIndex(source).positionAt(first.offset);
    // "CloseBraceExpected" → "close brace expected".
    const what = printParseErrorCode(first.error)
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .toLowerCase();
    problems.push(`${what} at line ${at.line + 1}, column ${at.character + 1}`);
  }
  if (!isPlainObject(value)) {
    if (first === undefined)
      problems.push('expected an object like { "rules": { "<code>": "off" } }');
    return { config: { rules: {} }, problems };
  }
  for (const key of Object.keys(value)) {
    if (!CONFIG_KEYS.includes(key) && key !== '$schema') {
      problems.push(
        `unknown property "${key}"${didYouMean(key, CONFIG_KEYS)}; expected "rules", "maxFileSize" or "maxFindingsPerFile"`,
      );
    }
  }
  const limits = readLimits(value, problems);
  const rules = readRuleLevels(value['rules'], problems);
  return { config: { rules, ...limits }, problems };
}
