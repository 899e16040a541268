// The public entry points of the dwnet language service. Everything a surface
// needs goes through here; nothing here does IO.
export * from './types';
export {
  validate,
  validateWithLineStarts,
  analyse,
  applySeverities,
  connectivityResults,
  type Analysis,
  type EditSpan,
} from './validate';
export { INTERNAL_ERROR, INTERNAL_NOTICES } from './internalError';
export { analyseIncrementally, reanalyse } from './incremental';
export { explain, explainAnalysis, explainPairs, pairStatus, type PairStatus } from './explain';
export { fixEdits, keepsSyntax } from './fixes';
export { fixAll } from './fixAll';
export { applyEdits, minimalEdit } from './util/textDiff';
export { RULES, ruleMeta, ruleDocsUrl, ruleDescription } from './rules/registry';
export {
  LOCALES,
  DEFAULT_LOCALE,
  CATALOGUES,
  isLocale,
  localeFromEnvironment,
  localizer,
  resolveLocale,
  t,
  type Locale,
  type Localizer,
  type MessageKey,
  type MessageParams,
} from './l10n';
export { LineIndex, type LineStarts } from './lineIndex';
/** Tree helpers for a surface that reads the analysis's tree (the diagram's pointer ranges). */
export { propertyOf, propertyValue } from './parse';
/** The file format's JSON schema (schemas/dwnet.schema.json), as bundled. */
export { schema as TOPOLOGY_SCHEMA } from './schemaValidation';
export {
  BYTES_PER_MB,
  DEFAULT_MAX_FILE_SIZE_MB,
  DEFAULT_MAX_FINDINGS_PER_FILE,
  FILE_TOO_LARGE,
  LIMIT_NOTICES,
  TOO_MANY_FINDINGS,
  capFindings,
  fileSizeNotice,
  fileSizeNoticeForBytes,
  formatCount,
  isLimitNotice,
  isValidLimit,
  maxFileSizeBytes,
  utf8Length,
} from './limits';
export {
  ENCODING_INVALID,
  FILE_UNREADABLE,
  INPUT_NOTICES,
  encodingInvalidNotice,
  fileUnreadableNotice,
  firstInvalidUtf8Byte,
  isInputNotice,
  type EncodingProblem,
} from './inputNotices';
export * from './language';
export {
  CONFIG_FILE,
  checkRuleSetting,
  parseConfig,
  readLimits,
  readRuleLevels,
  type ConfigFile,
  type ParsedConfig,
} from './config';
export { closestWithinReach, didYouMean } from './util/similar';
export { releaseKept } from './keepAlive';
export * from './import/index';
export type * from './graph/types';
export * from './graph';
