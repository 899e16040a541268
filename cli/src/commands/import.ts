// `dwnet import terraform|aliyun <path>` (SPEC §8): reads what the user already has (a
// Terraform directory, `terraform show -json` output, a terraform.tfstate, or a folder of
// saved Alibaba Cloud API responses), hands the file contents to the core, and writes the
// topology to stdout, `-o`, or into the file given to `--merge`. A summary goes to stderr.
// Only this file reads the disk for an import; the core takes a map of file contents.
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  HCL_WASM_FILES,
  hclParserLoaded,
  importNoteText,
  importSummaryLines,
  importTerraform,
  localizeTopology,
  loadHclParser,
  MergeError,
  mergeTopology,
  terraformFilesWanted,
  t,
  writeTopology,
  type Locale,
  type ImportNote,
  type ImportedTopology,
} from '../../../core/src/index';
import { parseCommandArgs } from '../args';
import { sanitize } from '../color';
import { displayPath, fsReason } from '../files';
import { EXIT_OK, EXIT_USAGE, UsageError, localReason, type Io } from '../io';
import { packageInfo } from '../packageInfo';
import { aliyunCommands, aliyunFilesWanted, importAliyun } from './importAliyun';

const SOURCES = ['terraform', 'aliyun'] as const;
type Source = (typeof SOURCES)[number];

/** More than this many files, or bytes in all, is not a Terraform project but a mistake. */
const MAX_FILES = 20_000;
const MAX_BYTES = 200 * 1024 * 1024;

const OPTIONS = {
  output: { type: 'string', short: 'o' },
  merge: { type: 'string' },
  var: { type: 'string', multiple: true },
  'var-file': { type: 'string', multiple: true },
  'print-commands': { type: 'boolean' },
} as const;

class InputError extends Error {}

/** Why the HCL parser could not be loaded, when it could not. */
let hclLoadProblem: string | undefined;

/** Where the parser's WebAssembly is: next to dist/cli.js, or in node_modules when run from source. */
function readWasm(fileName: string): Uint8Array {
  const candidates = [
    path.join(__dirname, fileName),
    path.join(__dirname, '..', 'node_modules', 'web-tree-sitter', fileName),
    path.join(
      __dirname,
      '..',
      'node_modules',
      '@tree-sitter-grammars',
      'tree-sitter-hcl',
      fileName,
    ),
  ];
  for (const candidate of candidates) {
    if (fs.existsSync(candidate)) return fs.readFileSync(candidate);
  }
  throw new Error(`${fileName} is missing next to ${path.basename(__filename)}`);
}

/**
 * Loads the HCL parser before `dwnet import terraform` runs (main.ts awaits it); a failure
 * is reported when an HCL directory is imported, not before.
 */
export async function prepareImport(argv: readonly string[]): Promise<void> {
  if (argv[1] !== 'terraform' || hclParserLoaded()) return;
  try {
    await loadHclParser(readWasm);
  } catch (error) {
    hclLoadProblem = error instanceof Error ? error.message : String(error);
  }
}

/** Every wanted file below `dir` (relative paths with `/`), sorted; dot-folders skipped except `.terraform/modules`. */
function readFolder(
  dir: string,
  wanted: (relative: string) => boolean,
  locale: Locale,
): Map<string, string> {
  const files = new Map<string, string>();
  let bytes = 0;
  const seen = new Set<string>();
  const visit = (absolute: string, relative: string) => {
    let real: string;
    try {
      real = fs.realpathSync(absolute);
    } catch {
      return;
    }
    if (seen.has(real)) return;
    seen.add(real);
    const entries = fs.readdirSync(absolute, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const childRelative = relative === '' ? entry.name : `${relative}/${entry.name}`;
      const childAbsolute = path.join(absolute, entry.name);
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const stat = fs.statSync(childAbsolute);
          isDirectory = stat.isDirectory();
          isFile = stat.isFile();
        } catch {
          continue;
        }
      }
      if (isDirectory) {
        const keep =
          entry.name === '.terraform' ||
          childRelative.endsWith('.terraform/modules') ||
          /(^|\/)\.terraform\/modules\//.test(childRelative) ||
          !(entry.name.startsWith('.') || entry.name === 'node_modules');
        if (keep) visit(childAbsolute, childRelative);
      } else if (isFile && wanted(childRelative)) {
        const text = fs.readFileSync(childAbsolute, 'utf8');
        bytes += text.length;
        files.set(childRelative, text.replace(/^\uFEFF/, ''));
        if (files.size > MAX_FILES || bytes > MAX_BYTES) {
          throw new InputError(t(locale, 'cli.import.tooLarge', { path: displayPath(dir, '.') }));
        }
      }
    }
  };
  visit(dir, '');
  return files;
}

/**
 * How many folders above `dir` its local modules reach (`source = "../.."` → 2), so that
 * an example inside a module's repository is read with the module it calls.
 */
function levelsUp(dir: string): number {
  let up = 0;
  let names: string[];
  try {
    names = fs.readdirSync(dir).filter((name) => /\.tf$/.test(name));
  } catch {
    return 0;
  }
  for (const name of names) {
    let text: string;
    try {
      text = fs.readFileSync(path.join(dir, name), 'utf8');
    } catch {
      continue;
    }
    for (const match of text.matchAll(/\bsource\s*=\s*"((?:\.\.\/?)+)[^"]*"/g)) {
      const count = (match[1] ?? '').split('/').filter((segment) => segment === '..').length;
      up = Math.max(up, count);
    }
  }
  return Math.min(up, 4);
}

/** The files of the source: a folder's wanted files, or one file by its name. */
function readInput(
  source: Source,
  given: string,
  io: Io,
): { files: Map<string, string>; base: string; root?: string } {
  const locale = io.locale ?? 'en';
  const absolute = path.resolve(io.cwd, given);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(absolute);
  } catch (error) {
    throw new InputError(
      t(locale, 'cli.import.cannotRead', {
        path: given,
        reason: localReason(fsReason(error), locale),
      }),
    );
  }
  const wanted = source === 'terraform' ? terraformFilesWanted : aliyunFilesWanted;
  try {
    if (stat.isDirectory()) {
      let base = absolute;
      if (source === 'terraform') {
        for (let up = levelsUp(absolute); up > 0 && path.dirname(base) !== base; up--)
          base = path.dirname(base);
      }
      const root = path.relative(base, absolute).split(path.sep).join('/');
      const all = readFolder(base, wanted, locale);
      const files = all;
      if (files.size === 0) {
        const key =
          source === 'terraform' ? 'cli.import.noTerraformFiles' : 'cli.import.noResponses';
        throw new InputError(t(locale, key, { path: given }));
      }
      if (root !== '' && ![...files.keys()].some((name) => name.startsWith(`${root}/`))) {
        throw new InputError(t(locale, 'cli.import.noTerraformFiles', { path: given }));
      }
      return root === '' ? { files, base } : { files, base, root };
    }
    // One file: a plan or state JSON, or a single .tf file (its folder is the project).
    if (source === 'terraform' && /\.tf(\.json)?$/.test(absolute)) {
      return readInput(source, path.dirname(given) || '.', io);
    }
    const text = fs.readFileSync(absolute, 'utf8').replace(/^\uFEFF/, '');
    return { files: new Map([[path.basename(absolute), text]]), base: path.dirname(absolute) };
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(
      t(locale, 'cli.import.cannotRead', {
        path: given,
        reason: localReason(fsReason(error), locale),
      }),
    );
  }
}

/** `--var name=value` pairs, in order. */
function varsOf(values: readonly string[] | undefined, locale: Locale): [string, string][] {
  return (values ?? []).map((pair) => {
    const at = pair.indexOf('=');
    if (at <= 0) throw new UsageError(t(locale, 'cli.import.invalidVar', { pair }), 'import');
    return [pair.slice(0, at).trim(), pair.slice(at + 1)];
  });
}

/** Where the bundled schema is, relative to the folder the output goes to. */
function schemaFor(outputDir: string): string {
  let dir = __dirname;
  for (let depth = 0; depth < 6; depth++) {
    const candidate = path.join(dir, 'schemas', 'dwnet.schema.json');
    if (fs.existsSync(candidate) && fs.existsSync(path.join(dir, 'package.json'))) {
      const relative = path.relative(outputDir, candidate).split(path.sep).join('/');
      return relative.startsWith('.') ? relative : `./${relative}`;
    }
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return 'dwnet.schema.json';
}

function noteLine(note: ImportNote): string {
  return sanitize(importNoteText(note));
}

/** The summary on stderr: what was imported, what was skipped, what is unknown. */
function summary(
  topology: ImportedTopology,
  given: string,
  source: Source,
  locale: Locale,
): string {
  const [first = '', ...rest] = importSummaryLines(topology, given, source, locale).map(sanitize);
  return [`dwnet: ${first}`, ...rest].map((line) => `${line}\n`).join('');
}

export function runImport(args: readonly string[], io: Io): number {
  const { values, positionals } = parseCommandArgs('import', args, OPTIONS, io.locale);
  const [sourceName, given, ...extra] = positionals;
  const locale = io.locale ?? 'en';
  if (sourceName === undefined)
    throw new UsageError(t(locale, 'cli.import.missingSource'), 'import');
  if (!(SOURCES as readonly string[]).includes(sourceName)) {
    throw new UsageError(t(locale, 'cli.import.unknownSource', { source: sourceName }), 'import');
  }
  const source = sourceName as Source;
  if (values['print-commands']) {
    if (source !== 'aliyun')
      throw new UsageError(t(locale, 'cli.import.printCommandsSource'), 'import');
    io.out(aliyunCommands(locale));
    return EXIT_OK;
  }
  if (given === undefined)
    throw new UsageError(t(locale, 'cli.import.missingPath', { source }), 'import');
  if (extra.length > 0)
    throw new UsageError(
      t(locale, 'cli.import.onePath', { count: positionals.length - 1 }),
      'import',
    );
  if (source === 'aliyun' && (values.var !== undefined || values['var-file'] !== undefined)) {
    throw new UsageError(t(locale, 'cli.import.varsSource'), 'import');
  }
  const vars = varsOf(values.var, locale);

  let input: { files: Map<string, string>; base: string; root?: string };
  let existing: string | undefined;
  const mergePath = values.merge !== undefined ? path.resolve(io.cwd, values.merge) : undefined;
  try {
    input = readInput(source, given, io);
    const varFiles: string[] = [];
    for (const varFile of values['var-file'] ?? []) {
      const absolute = path.resolve(io.cwd, varFile);
      let text: string;
      try {
        text = fs.readFileSync(absolute, 'utf8');
      } catch (error) {
        throw new InputError(
          t(locale, 'cli.import.cannotReadOption', {
            option: '--var-file',
            path: varFile,
            reason: localReason(fsReason(error), locale),
          }),
        );
      }
      const key = path.relative(input.base, absolute).split(path.sep).join('/');
      input.files.set(key, text);
      varFiles.push(key);
    }
    if (mergePath !== undefined) {
      try {
        existing = fs.readFileSync(mergePath, 'utf8').replace(/^\uFEFF/, '');
      } catch (error) {
        throw new InputError(
          t(locale, 'cli.import.cannotReadOption', {
            option: '--merge',
            path: values.merge ?? '',
            reason: localReason(fsReason(error), locale),
          }),
        );
      }
    }
    if (
      source === 'terraform' &&
      !hclParserLoaded() &&
      [...input.files.keys()].some((name) => /\.tf(\.json)?$/.test(name))
    ) {
      throw new InputError(
        t(locale, 'cli.import.hclNotLoaded', {
          reason: hclLoadProblem ?? `${HCL_WASM_FILES.grammar} not loaded`,
        }),
      );
    }
    // Merging matches entities by their `// from` source or by id, so no id is held back.
    const imported =
      source === 'terraform'
        ? importTerraform(input.files, {
            vars,
            varFiles,
            ...(input.root ? { root: input.root } : {}),
          })
        : importAliyun(input.files);
    // Prose in the user's language (comments, notes); addresses and markers stay.
    const topology = localizeTopology(imported, locale);
    const errors = topology.notes.filter((note) => note.level === 'error');
    if (errors.length > 0) {
      for (const note of errors) io.err(`dwnet: ${noteLine(note)}\n`);
      return EXIT_USAGE;
    }
    const outputPath =
      values.output !== undefined ? path.resolve(io.cwd, values.output) : mergePath;
    // Writing over a topology would lose what the user added to it (tasks, comments).
    if (values.output !== undefined && existing === undefined && fs.existsSync(outputPath ?? '')) {
      throw new InputError(t(locale, 'cli.import.exists', { file: values.output }));
    }
    const outputDir = outputPath !== undefined ? path.dirname(outputPath) : io.cwd;
    const shown = displayPath(path.resolve(io.cwd, given), io.cwd);
    let text: string;
    if (existing !== undefined) {
      const merged = mergeTopology(existing, topology);
      text = merged.text;
    } else {
      text = writeTopology(topology, {
        schema: schemaFor(outputDir),
        header: t(locale, 'import.header', {
          command: `dwnet import ${source} ${shown}`,
          version: packageInfo().version,
        }).split('\n'),
      });
    }
    io.err(summary(topology, shown, source, locale));
    // A local state knows what a folder of .tf files cannot (addresses assigned at apply).
    const state = path.join(input.base, input.root ?? '', 'terraform.tfstate');
    const hcl = [...input.files.keys()].some((name) => /\.tf(\.json)?$/.test(name));
    if (hcl && topology.summary.unresolved > 0 && fs.existsSync(state)) {
      const hint = t(locale, 'cli.import.stateHint', {
        state: displayPath(state, io.cwd),
        command: `dwnet import terraform ${displayPath(state, io.cwd)}`,
      });
      io.err(`  ${hint}\n`);
    }
    if (outputPath !== undefined) {
      fs.writeFileSync(outputPath, text);
      io.err(
        `dwnet: ${t(locale, 'cli.import.wrote', { file: displayPath(outputPath, io.cwd) })}\n`,
      );
    } else {
      io.out(text);
    }
    return EXIT_OK;
  } catch (error) {
    if (error instanceof MergeError) {
      const key = error.notObject ? 'cli.import.mergeNotObject' : 'cli.import.mergeNotJsonc';
      io.err(`dwnet: ${sanitize(t(locale, key, { file: values.merge ?? '' }))}\n`);
      return EXIT_USAGE;
    }
    if (error instanceof InputError) {
      io.err(`dwnet: ${sanitize(error.message)}\n`);
      return EXIT_USAGE;
    }
    if (error instanceof UsageError) throw error;
    io.err(
      `dwnet: ${t(locale, 'cli.import.cannotImport', { path: given, reason: localReason(fsReason(error), locale) })}\n`,
    );
    return EXIT_USAGE;
  }
}
