// Finding the topologies to check and reading them. Folders are searched recursively
// for `*.dwnet.json` (skipping node_modules and dot-folders); a path that cannot be
// read is reported and the run goes on with the others.
import * as fs from 'node:fs';
import * as path from 'node:path';

export const TOPOLOGY_SUFFIX = '.dwnet.json';

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

export interface InputProblem {
  /** The path as the user gave it, or relative to cwd for files found in folders. */
  displayPath: string;
  reason: string;
}

export interface Discovery {
  /** Absolute paths, deduplicated, in argument order; each folder's files sorted. */
  files: string[];
  problems: InputProblem[];
}

export interface SourceFile {
  absPath: string;
  /** Relative to cwd, with forward slashes: what every format prints. */
  displayPath: string;
  /** The content without a byte order mark. */
  text: string;
  /** Whether the file started with a UTF-8 byte order mark (kept by `fix`). */
  bom: boolean;
  /**
   * Set, with the size in bytes, when the file is above the size limit and was not read
   * (`text` is then empty): it gets the `file-too-large` notice and nothing else.
   */
  tooLargeBytes?: number;
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
  const relative = path.relative(cwd, absPath);
  const shown = relative === '' ? '.' : path.isAbsolute(relative) ? absPath : relative;
  return shown.split(path.sep).join('/');
}

/** Plain code-unit order, so that output does not depend on the locale. */
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function walk(
  dir: string,
  cwd: string,
  found: string[],
  problems: InputProblem[],
  seen: Set<string>,
): void {
  let real: string;
  try {
    real = fs.realpathSync(dir);
  } catch (error) {
    problems.push({ displayPath: displayPath(dir, cwd), reason: fsReason(error) });
    return;
  }
  // A symbolic link back up the tree must not make the walk loop.
  if (seen.has(real)) return;
  seen.add(real);

  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    problems.push({ displayPath: displayPath(dir, cwd), reason: fsReason(error) });
    return;
  }
  entries.sort((a, b) => compareStrings(a.name, b.name));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    let isDirectory = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const stat = fs.statSync(full);
        isDirectory = stat.isDirectory();
        isFile = stat.isFile();
      } catch {
        // A dangling link is not a topology; skip it like any other non-file.
        continue;
      }
    }
    if (isDirectory) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      walk(full, cwd, found, problems, seen);
    } else if (isFile && entry.name.endsWith(TOPOLOGY_SUFFIX)) {
      found.push(full);
    }
  }
}

/** Expands the command line's paths into the files to check. */
export function discover(paths: readonly string[], cwd: string): Discovery {
  const files: string[] = [];
  const problems: InputProblem[] = [];
  const included = new Set<string>();
  const add = (file: string): void => {
    if (!included.has(file)) {
      included.add(file);
      files.push(file);
    }
  };
  for (const given of paths) {
    const absolute = path.resolve(cwd, given);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(absolute);
    } catch (error) {
      problems.push({ displayPath: given, reason: fsReason(error) });
      continue;
    }
    if (stat.isDirectory()) {
      const found: string[] = [];
      const before = problems.length;
      walk(absolute, cwd, found, problems, new Set());
      found.sort(compareStrings);
      found.forEach(add);
      if (found.length === 0 && problems.length === before) {
        problems.push({ displayPath: given, reason: `no *${TOPOLOGY_SUFFIX} files found` });
      }
    } else {
      // A file named explicitly is checked whatever its name.
      add(absolute);
    }
  }
  return { files, problems };
}

export function hasBom(bytes: Uint8Array): boolean {
  return bytes[0] === UTF8_BOM[0] && bytes[1] === UTF8_BOM[1] && bytes[2] === UTF8_BOM[2];
}

/** Reads a topology as UTF-8 text; returns the reason when it cannot. */
export function readSource(
  absPath: string,
  cwd: string,
  maxBytes = Infinity,
): SourceFile | { error: string } {
  let bytes: Buffer;
  try {
    // A file clearly above the size limit (even without a byte order mark) is not read:
    // it would cost memory and time for nothing, and beyond 512 MB it cannot be decoded.
    const size = fs.statSync(absPath).size;
    if (size > maxBytes + UTF8_BOM.length) {
      return {
        absPath,
        displayPath: displayPath(absPath, cwd),
        text: '',
        bom: false,
        tooLargeBytes: size,
      };
    }
    bytes = fs.readFileSync(absPath);
  } catch (error) {
    return { error: fsReason(error) };
  }
  const bom = hasBom(bytes);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(
      bom ? bytes.subarray(3) : bytes,
    );
  } catch {
    const utf16 =
      (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
    return { error: utf16 ? 'UTF-16 text; save it as UTF-8' : 'not valid UTF-8 text' };
  }
  return { absPath, displayPath: displayPath(absPath, cwd), text, bom };
}

/** Writes text back as UTF-8, with the byte order mark when the original had one. */
export function writeSource(file: SourceFile, text: string): void {
  const body = Buffer.from(text, 'utf8');
  fs.writeFileSync(file.absPath, file.bom ? Buffer.concat([Buffer.from(UTF8_BOM), body]) : body);
}
