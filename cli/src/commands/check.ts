// `dwnet check <files or folders…>`: validates every topology and reports in the
// chosen format. Unreadable inputs are reported on stderr and the run goes on; they
// make the exit status 2 once everything else has been checked. In JSON and SARIF an
// unreadable file also appears, with its `file-unreadable` finding.
import {
  encodingInvalidNotice,
  fileSizeNoticeForBytes,
  fileUnreadableNotice,
  maxFileSizeBytes,
  t,
  validateWithLineStarts,
  type CheckedText,
  type Severity,
  type ValidateOptions,
} from '../../../core/src/index';
import { limitOption, oneOf, parseCommandArgs, severityOption } from '../args';
import { colorEnabled, palette, type Palette } from '../color';
import { resolveConfig, type ConfigFile } from '../config';
import { discover, displayPath, readSource, type InputProblem, type SourceFile } from '../files';
import { formatJson } from '../format/json';
import { addCounts, buildReport, emptyCounts, failsAt, type FileReport } from '../format/report';
import { formatSarif } from '../format/sarif';
import { formatFileText, formatSummary } from '../format/text';
import {
  EXIT_OK,
  EXIT_PROBLEMS,
  EXIT_USAGE,
  UsageError,
  errorMessage,
  localReason,
  reportUnreadable,
  type Io,
} from '../io';
import { packageInfo } from '../packageInfo';
import type { Command } from '../usage';

/** The options `check` and `fix` share. */
export const RULE_OPTIONS = {
  'fail-on': { type: 'string' },
  config: { type: 'string' },
  rule: { type: 'string', multiple: true },
  'max-file-size': { type: 'string' },
  'max-findings': { type: 'string' },
  'no-color': { type: 'boolean' },
} as const;

export interface RuleSettings {
  failOn: Severity;
  /** Rule levels and limits: built-in defaults < config file < options. */
  options: ValidateOptions;
  colors: Palette;
}

export function ruleSettings(
  command: Command,
  io: Io,
  values: {
    'fail-on'?: string;
    config?: string;
    rule?: string[];
    'max-file-size'?: string;
    'max-findings'?: string;
    'no-color'?: boolean;
  },
): RuleSettings {
  const failOn = severityOption(command, values['fail-on'], io.locale);
  const maxFileSize = limitOption(
    command,
    '--max-file-size',
    values['max-file-size'],
    false,
    io.locale,
  );
  const maxFindingsPerFile = limitOption(
    command,
    '--max-findings',
    values['max-findings'],
    true,
    io.locale,
  );
  let config: ConfigFile;
  try {
    config = resolveConfig(io.cwd, values.config, values.rule ?? [], io.locale);
  } catch (error) {
    if (error instanceof UsageError) throw new UsageError(error.message, command, error.showUsage);
    throw error;
  }
  const options: ValidateOptions = { ...config, locale: io.locale ?? 'en' };
  if (maxFileSize !== undefined) options.maxFileSize = maxFileSize;
  if (maxFindingsPerFile !== undefined) options.maxFindingsPerFile = maxFindingsPerFile;
  return { failOn, options, colors: palette(colorEnabled(io, values['no-color'] === true)) };
}

/** Validates one file; an exception from the core is reported, never a stack trace. */
export function validateFile(
  io: Io,
  file: SourceFile,
  options: ValidateOptions,
): CheckedText | undefined {
  try {
    if (file.unreadable !== undefined) {
      return {
        findings: [
          fileUnreadableNotice(localReason(file.unreadable, options.locale), options.locale),
        ],
        connectivity: [],
      };
    }
    if (file.encoding !== undefined) {
      return { findings: [encodingInvalidNotice(file.encoding, options.locale)], connectivity: [] };
    }
    if (file.tooLargeBytes !== undefined) {
      const notice = fileSizeNoticeForBytes(file.tooLargeBytes, options);
      if (notice) return { findings: [notice], connectivity: [] };
    }
    return validateWithLineStarts(file.text, options);
  } catch (error) {
    io.err(`dwnet: internal error while checking ${file.displayPath}: ${errorMessage(error)}\n`);
    return undefined;
  }
}

/**
 * Reads every input, in order; reports the unreadable ones (on stderr, and in `problems`)
 * as it goes, and yields them too, with `unreadable` set.
 */
export function* readInputs(
  io: Io,
  paths: readonly string[],
  problems: InputProblem[],
  options: ValidateOptions,
): Generator<SourceFile> {
  const discovery = discover(paths, io.cwd);
  let reported = 0;
  // Folder problems come in argument order, among the files.
  const reportFolderProblems = (filesBefore: number): void => {
    for (; reported < discovery.problems.length; reported++) {
      const { displayPath: shown, reason, filesBefore: at } = discovery.problems[reported]!;
      if (at > filesBefore) break;
      reportUnreadable(io, shown, reason);
      problems.push({ displayPath: shown, reason });
    }
  };
  for (const [index, found] of discovery.files.entries()) {
    reportFolderProblems(index);
    const read: SourceFile =
      found.unreadable === undefined
        ? readSource(found.absPath, io.cwd, maxFileSizeBytes(options))
        : {
            absPath: found.absPath,
            displayPath: displayPath(found.absPath, io.cwd),
            text: '',
            bom: false,
            unreadable: found.unreadable,
          };
    if (read.unreadable !== undefined) {
      const problem = { displayPath: read.displayPath, reason: read.unreadable };
      reportUnreadable(io, problem.displayPath, problem.reason);
      problems.push(problem);
    }
    yield read;
  }
  reportFolderProblems(discovery.files.length);
}

const FORMATS = ['text', 'json', 'sarif'] as const;

export function runCheck(args: readonly string[], io: Io): number {
  const { values, positionals } = parseCommandArgs(
    'check',
    args,
    {
      format: { type: 'string', short: 'f' },
      ...RULE_OPTIONS,
    },
    io.locale,
  );
  const format = oneOf('check', '--format', values.format, FORMATS, 'text', io.locale);
  if (positionals.length === 0)
    throw new UsageError(t(io.locale ?? 'en', 'cli.check.noFiles'), 'check');
  const settings = ruleSettings('check', io, values);

  const problems: InputProblem[] = [];
  // Text streams file by file; the structured formats need every file first.
  const reports: FileReport[] = [];
  const counts = emptyCounts();
  let checked = 0;
  let failed = false;
  let broken = false;
  for (const file of readInputs(io, positionals, problems, settings.options)) {
    const result = validateFile(io, file, settings.options);
    if (result === undefined) {
      broken = true;
      continue;
    }
    const report = buildReport(file, result, format === 'json');
    if (format !== 'text') reports.push(report);
    // Its exit status is 2 (`problems`); in text, its line on stderr says it all.
    if (file.unreadable !== undefined) continue;
    checked++;
    failed ||= failsAt(report, settings.failOn);
    if (format === 'text') {
      addCounts(counts, report);
      io.out(formatFileText(report, settings.colors, io.locale));
    }
  }

  if (format === 'json') {
    io.out(formatJson(reports, io.stdoutIsTTY));
    io.out('\n');
  } else if (format === 'sarif') {
    io.out(formatSarif({ reports, problems, cwd: io.cwd, tool: packageInfo() }));
  } else if (checked > 0 || problems.length === 0) {
    // When nothing could be read, stderr has said why; "0 errors in 0 files" would mislead.
    io.out(formatSummary(counts, checked, settings.colors, io.locale));
  }

  if (problems.length > 0 || broken) return EXIT_USAGE;
  return failed ? EXIT_PROBLEMS : EXIT_OK;
}
