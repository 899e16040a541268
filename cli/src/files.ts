// Finding the topologies to check and reading them. Folders are searched recursively
// for `*.dwnet.json` (skipping node_modules and dot-folders); a path that cannot be
// read is reported and the run goes on with the others. Every file named on the command
// line or found in a folder comes out, readable or not (SPEC §6: every input file appears
// in the reports): one that cannot be read carries its reason, one that is not UTF-8
// where its first bad byte is.
// Named imports: a namespace import of a node module is copied into a new object at start-up
// (esbuild's __toESM), property by property, in every command.
import { isAscii } from 'node:buffer';
import {
  readFileSync,
  readdirSync,
  realpathSync,
  statSync,
  writeFileSync,
  type Dirent,
  type Stats,
} from 'node:fs';
import { basename, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { firstInvalidUtf8Byte, type EncodingProblem } from '../../core/src/index';
import { reportUnreadable, type Io } from './io';

export const TOPOLOGY_SUFFIX = '.dwnet.json';

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

/** Why a FIFO or a device is not read: it could wait for ever, or never end. */
const NOT_A_FILE = 'not a regular file';

export interface InputProblem {
  /** The path as the user gave it, or relative to cwd for files found in folders. */
  displayPath: string;
  reason: string;
}

export interface DiscoveredFile {
  absPath: string;
  /** Why it cannot be read, when that is known already (a directory named `*.dwnet.json`). */
  unreadable?: string;
}

export interface Discovery {
  /** Deduplicated, in argument order; each folder's files sorted. */
  files: DiscoveredFile[];
  /**
   * Paths that are no file: a folder that cannot be listed or holds no topology; each
   * with the number of files before it, so that they are reported in argument order.
   */
  problems: (InputProblem & { filesBefore: number })[];
}

export interface SourceFile {
  absPath: string;
  /** Relative to cwd, with forward slashes: what every format prints. */
  displayPath: string;
  /**
   * The content without a byte order mark. Not UTF-8 (`encoding` set): decoded with
   * U+FFFD for each bad sequence, to be shown, never analysed or written back.
   */
  text: string;
  /** Whether the file started with a UTF-8 byte order mark (kept by `fix`). */
  bom: boolean;
  /**
   * Set, with the size in bytes, when the file is above the size limit and was not read
   * (`text` is then empty): it gets the `file-too-large` notice and nothing else.
   */
  tooLargeBytes?: number;
  /** Set when the bytes are not UTF-8: the file gets the `encoding-invalid` finding only. */
  encoding?: EncodingProblem;
  /** Set, with the reason, when the file cannot be read (`text` is then empty). */
  unreadable?: string;
}

/** A human reason for a failed file system call ("no such file or directory"). */
export function fsReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'not a directory';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    case 'EROFS':
      return 'read-only file system';
    case 'ENOSPC':
      return 'no space left on device';
    default: {
      const message = error instanceof Error ? error.message : String(error);
      // Node prefixes messages with "CODE: "; the reason reads better without it.
      return message.replace(/^E[A-Z]+: /, '');
    }
  }
}

/** `path` relative to `cwd` with forward slashes (or absolute when on another drive). */
export function displayPath(absPath: string, cwd: string): string {
  const fromCwd = relative(cwd, absPath);
  const shown = fromCwd === '' ? '.' : isAbsolute(fromCwd) ? absPath : fromCwd;
  return shown.split(sep).join('/');
}

/** Plain code-unit order, so that output does not depend on the locale. */
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function walk(
  dir: string,
  cwd: string,
  found: DiscoveredFile[],
  report: (problem: InputProblem) => void,
  seen: Set<string>,
): void {
  let real: string;
  try {
    real = realpathSync(dir);
  } catch (error) {
    report({ displayPath: displayPath(dir, cwd), reason: fsReason(error) });
    return;
  }
  // A symbolic link back up the tree must not make the walk loop.
  if (seen.has(real)) return;
  seen.add(real);

  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    report({ displayPath: displayPath(dir, cwd), reason: fsReason(error) });
    return;
  }
  entries.sort((a, b) => compareStrings(a.name, b.name));
  for (const entry of entries) {
    const full = join(dir, entry.name);
    let isDirectory = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const stat = statSync(full);
        isDirectory = stat.isDirectory();
        isFile = stat.isFile();
      } catch {
        // A dangling link is not a topology; skip it like any other non-file.
        continue;
      }
    }
    if (entry.name.endsWith(TOPOLOGY_SUFFIX) && (isFile || isDirectory)) {
      // A directory with a topology's name is a file that cannot be read, not a folder.
      found.push(isFile ? { absPath: full } : { absPath: full, unreadable: 'is a directory' });
    } else if (isDirectory) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      walk(full, cwd, found, report, seen);
    }
  }
}

/** Expands the command line's paths into the files to check. */
export function discover(paths: readonly string[], cwd: string): Discovery {
  const files: DiscoveredFile[] = [];
  const problems: Discovery['problems'] = [];
  const report = (problem: InputProblem): void => {
    problems.push({ ...problem, filesBefore: files.length });
  };
  const included = new Set<string>();
  const add = (file: DiscoveredFile): void => {
    if (!included.has(file.absPath)) {
      included.add(file.absPath);
      files.push(file);
    }
  };
  for (const given of paths) {
    const absolute = resolve(cwd, given);
    let stat: Stats;
    try {
      stat = statSync(absolute);
    } catch (error) {
      // Named on the command line, it is an input file that cannot be read (a folder
      // that does not exist looks the same).
      add({ absPath: absolute, unreadable: fsReason(error) });
      continue;
    }
    if (stat.isDirectory() && basename(absolute).endsWith(TOPOLOGY_SUFFIX)) {
      add({ absPath: absolute, unreadable: 'is a directory' });
    } else if (stat.isDirectory()) {
      const found: DiscoveredFile[] = [];
      const before = problems.length;
      walk(absolute, cwd, found, report, new Set());
      found.sort((a, b) => compareStrings(a.absPath, b.absPath));
      found.forEach(add);
      if (found.length === 0 && problems.length === before) {
        report({ displayPath: given, reason: `no *${TOPOLOGY_SUFFIX} files found` });
      }
    } else if (!stat.isFile()) {
      add({ absPath: absolute, unreadable: NOT_A_FILE });
    } else {
      // A file named explicitly is checked whatever its name.
      add({ absPath: absolute });
    }
  }
  return { files, problems };
}

export function hasBom(bytes: Uint8Array): boolean {
  return bytes[0] === UTF8_BOM[0] && bytes[1] === UTF8_BOM[1] && bytes[2] === UTF8_BOM[2];
}

/** Reads a topology as UTF-8 text; `unreadable` says why it cannot. */
export function readSource(absPath: string, cwd: string, maxBytes = Infinity): SourceFile {
  const shown = displayPath(absPath, cwd);
  let bytes: Buffer;
  try {
    // A file clearly above the size limit (even without a byte order mark) is not read:
    // it would cost memory and time for nothing, and beyond 512 MB it cannot be decoded.
    const stat = statSync(absPath);
    const notFile = stat.isDirectory() ? 'is a directory' : !stat.isFile() ? NOT_A_FILE : undefined;
    if (notFile !== undefined) {
      return { absPath, displayPath: shown, text: '', bom: false, unreadable: notFile };
    }
    const size = stat.size;
    if (size > maxBytes + UTF8_BOM.length) {
      return { absPath, displayPath: shown, text: '', bom: false, tooLargeBytes: size };
    }
    bytes = readFileSync(absPath);
  } catch (error) {
    return { absPath, displayPath: shown, text: '', bom: false, unreadable: fsReason(error) };
  }
  const bom = hasBom(bytes);
  const body = bom ? bytes.subarray(UTF8_BOM.length) : bytes;
  // ASCII (every generated topology, most written ones) is UTF-8 read as it is: checked and
  // copied by the engine in about a tenth of the strict decoder's time (0.5 against 3–4 ms
  // for the benchmark's 4.4 MB).
  if (isAscii(body)) return { absPath, displayPath: shown, text: body.toString('latin1'), bom };
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
    return { absPath, displayPath: shown, text, bom };
  } catch {
    // Not UTF-8: decoded again, leniently, only to show where (the strict decoder says
    // nothing of where it stopped).
    const lenient = new TextDecoder('utf-8', { ignoreBOM: true });
    const bad = Math.max(0, firstInvalidUtf8Byte(body));
    const encoding: EncodingProblem = {
      byteOffset: bad + (bom ? UTF8_BOM.length : 0),
      byte: body[bad] ?? 0,
      offset: lenient.decode(body.subarray(0, bad)).length,
      utf16: (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff),
    };
    return { absPath, displayPath: shown, text: lenient.decode(body), bom, encoding };
  }
}

/** Writes text back as UTF-8, with the byte order mark when the original had one. */
export function writeSource(file: SourceFile, text: string): void {
  const body = Buffer.from(text, 'utf8');
  writeFileSync(file.absPath, file.bom ? Buffer.concat([Buffer.from(UTF8_BOM), body]) : body);
}

/**
 * The one file a command such as `explain` or `graph` works on, or undefined after saying on
 * stderr why it cannot be used: unreadable, or not UTF-8 (those commands analyse text, so
 * unlike `check` they cannot report `encoding-invalid` and go on).
 */
export function readSingleInput(io: Io, given: string): SourceFile | undefined {
  const file = readSource(resolve(io.cwd, given), io.cwd);
  if (file.unreadable !== undefined) {
    reportUnreadable(io, given, file.unreadable);
    return undefined;
  }
  if (file.encoding !== undefined) {
    const { utf16, byteOffset } = file.encoding;
    const what = utf16 ? 'UTF-16 text' : `not valid UTF-8 text (at byte offset ${byteOffset})`;
    reportUnreadable(io, given, `${what}; save it as UTF-8`);
    return undefined;
  }
  return file;
}
