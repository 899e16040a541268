// `dwnet fix <files…> [--dry-run]`: applies every preferred quick fix (core `fixAll`,
// which re-validates between passes), writes files that changed, then reports what
// remains like `dwnet check` in text format.
import { FILE_HEADERS_ONLY, createTwoFilesPatch } from 'diff';
import { fixAll, t, type Locale, type ValidateOptions } from '../../../core/src/index';
import { parseCommandArgs } from '../args';
import { sanitize, type Palette } from '../color';
import { writeSource, fsReason, type InputProblem, type SourceFile } from '../files';
import { addCounts, buildReport, emptyCounts, failsAt } from '../format/report';
import { formatFileText, formatSummary } from '../format/text';
import {
  EXIT_OK,
  EXIT_PROBLEMS,
  EXIT_USAGE,
  UsageError,
  errorMessage,
  localReason,
  type Io,
} from '../io';
import { RULE_OPTIONS, readInputs, ruleSettings, validateFile } from './check';

/**
 * Gives fixed text the original's line endings: edits are computed with "\n", and a
 * CRLF file must stay CRLF. Files that mix both are left as the edits made them.
 */
export function keepLineEndings(original: string, fixed: string): string {
  const crlf = (original.match(/\r\n/g) ?? []).length;
  const lf = (original.match(/\n/g) ?? []).length - crlf;
  if (crlf > 0 && lf === 0) return fixed.replace(/\r?\n/g, '\r\n');
  if (crlf === 0 && !original.includes('\r')) return fixed.replace(/\r\n/g, '\n');
  return fixed;
}

function problemsText(count: number, locale: Locale | undefined): string {
  return t(locale ?? 'en', 'cli.fix.problems', { count });
}

/**
 * Colours a unified diff for a terminal (and neutralises control characters there);
 * piped, the patch is printed byte for byte so that `git apply` takes it.
 */
function showDiff(patch: string, colors: Palette): string {
  if (!colors.enabled) return patch;
  return patch
    .split('\n')
    .map((line) => {
      const cr = line.endsWith('\r') ? '\r' : '';
      const text = sanitize(cr === '' ? line : line.slice(0, -1));
      if (text.startsWith('+++') || text.startsWith('---')) return colors.bold(text) + cr;
      if (text.startsWith('+')) return colors.green(text) + cr;
      if (text.startsWith('-')) return colors.red(text) + cr;
      if (text.startsWith('@@')) return colors.cyan(text) + cr;
      return text + cr;
    })
    .join('\n');
}

/** The file with every preferred fix applied; an exception from the core is reported. */
function fixFile(
  io: Io,
  file: SourceFile,
  options: ValidateOptions,
): { fixed: SourceFile; applied: number } | undefined {
  try {
    const result = fixAll(file.text, options);
    return {
      fixed: { ...file, text: keepLineEndings(file.text, result.text) },
      applied: result.applied,
    };
  } catch (error) {
    io.err(`dwnet: internal error while fixing ${file.displayPath}: ${errorMessage(error)}\n`);
    return undefined;
  }
}

export function runFix(args: readonly string[], io: Io): number {
  const { values, positionals } = parseCommandArgs(
    'fix',
    args,
    {
      'dry-run': { type: 'boolean' },
      ...RULE_OPTIONS,
    },
    io.locale,
  );
  if (positionals.length === 0)
    throw new UsageError(t(io.locale ?? 'en', 'cli.fix.noFiles'), 'fix');
  const settings = ruleSettings('fix', io, values);
  const dryRun = values['dry-run'] === true;
  const colors = settings.colors;

  const problems: InputProblem[] = [];
  const counts = emptyCounts();
  let files = 0;
  let failed = false;
  let broken = false;
  for (const file of readInputs(io, positionals, problems, settings.options)) {
    // readInputs has reported it on stderr.
    if (file.unreadable !== undefined) continue;
    // A file above the size limit was not read, and one that is not UTF-8 was not read
    // faithfully: each is reported, never rewritten.
    const outcome =
      file.tooLargeBytes === undefined && file.encoding === undefined
        ? fixFile(io, file, settings.options)
        : { fixed: file, applied: 0 };
    if (outcome === undefined) {
      broken = true;
      continue;
    }
    const { fixed, applied } = outcome;

    if (fixed.text !== file.text) {
      if (dryRun) {
        const patch = createTwoFilesPatch(
          `a/${file.displayPath}`,
          `b/${file.displayPath}`,
          file.text,
          fixed.text,
          undefined,
          undefined,
          // Starts at "--- a/…", ready for `git apply` or `patch -p1`.
          { context: 3, headerOptions: FILE_HEADERS_ONLY },
        );
        io.out(showDiff(patch, colors));
        io.out(
          `${t(io.locale ?? 'en', 'cli.fix.wouldFix', { problems: problemsText(applied, io.locale), file: file.displayPath })}\n\n`,
        );
      } else {
        try {
          writeSource(file, fixed.text);
        } catch (error) {
          io.err(
            `dwnet: ${t(io.locale ?? 'en', 'cli.cannotWrite', { path: file.displayPath, reason: localReason(fsReason(error), io.locale) })}\n`,
          );
          broken = true;
          continue;
        }
        io.out(
          `${t(io.locale ?? 'en', 'cli.fix.fixed', { problems: problemsText(applied, io.locale), file: file.displayPath })}\n`,
        );
      }
    }

    const result = validateFile(io, fixed, settings.options);
    if (result === undefined) {
      broken = true;
      continue;
    }
    const report = buildReport(fixed, result);
    files++;
    addCounts(counts, report);
    failed ||= failsAt(report, settings.failOn);
    io.out(formatFileText(report, colors, io.locale));
  }
  if (files > 0 || problems.length === 0) io.out(formatSummary(counts, files, colors, io.locale));

  if (problems.length > 0 || broken) return EXIT_USAGE;
  return failed ? EXIT_PROBLEMS : EXIT_OK;
}
