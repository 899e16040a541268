// The `dwnet` executable (bundled into dist/cli.js): wires `run` to the real process.
// Never a stack trace: guard.ts, imported first, catches whatever escapes `run`.
import './guard';
import { fstatSync, statSync, writeSync } from 'node:fs';
import { EXIT_OK, EXIT_USAGE, type Io } from './io';
import { prepareImport } from './commands/import';
import { runLsp } from './commands/lsp';
import { run } from './run';

/**
 * Whether stdout is a regular file or /dev/null (`> report.json`, a CI step that keeps only
 * the exit status, a benchmark's child): process.stdout would be a SyncWriteStream there,
 * which writes each text with fs.writeSync. Written straight, the process does not make the
 * stream (its modules and objects, about 1 ms of a fresh process) nor a Buffer of each text.
 * A terminal, a pipe or a socket keeps process.stdout, with its handling of a closed pipe.
 */
function stdoutIsFileOrNull(): boolean {
  try {
    const stdout = fstatSync(1);
    if (stdout.isFile()) return true;
    return stdout.isCharacterDevice() && stdout.rdev === statSync('/dev/null').rdev;
  } catch {
    // No stdout (a closed descriptor) or no /dev/null: process.stdout decides.
    return false;
  }
}

/** What stdout's 'error' event does: a closed pipe (`dwnet check . | head`) ends the run quietly. */
function outputFailed(error: NodeJS.ErrnoException): void {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? EXIT_OK);
  process.stderr.write(`dwnet: cannot write output: ${error.message}\n`);
  process.exit(EXIT_USAGE);
}

/**
 * Whether all of the run's output is already where it goes: stdout written straight (a file
 * or /dev/null) without a failure, and nothing for stderr, whose stream may still be
 * flushing to a pipe.
 */
let outputSettled = true;

/**
 * Writes to a file or /dev/null as process.stdout's SyncWriteStream would: a failed write
 * (a full disk) is reported after the run's synchronous work, as the stream's 'error' event
 * is, and what is written after it is dropped, as by the destroyed stream.
 */
function straightWriter(): (text: string) => void {
  let failed = false;
  return (text) => {
    if (failed) return;
    try {
      writeSync(1, text);
    } catch (error) {
      failed = true;
      outputSettled = false;
      process.nextTick(outputFailed, error);
    }
  };
}

function nodeIo(straight: boolean): Io {
  return {
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: !straight && process.stdout.isTTY === true,
    out: straight
      ? straightWriter()
      : (text) => {
          process.stdout.write(text);
        },
    err: (text) => {
      outputSettled = false;
      process.stderr.write(text);
    },
  };
}

function main(): void {
  const argv = process.argv.slice(2);
  const straight = argv[0] !== 'lsp' && stdoutIsFileOrNull();
  if (!straight) process.stdout.on('error', outputFailed);
  // The language server owns stdin/stdout until the editor closes them.
  if (argv[0] === 'lsp') {
    process.exitCode = runLsp(argv.slice(1), nodeIo(false));
    return;
  }
  // `import` may read HCL, whose parser is WebAssembly and loads asynchronously, once.
  if (argv[0] === 'import') {
    void prepareImport(argv).then(async () => {
      process.exitCode = await run(argv, nodeIo(straight));
    });
    return;
  }
  // Set the status and let node exit by itself, so piped output is fully flushed.
  const status = run(argv, nodeIo(straight));
  if (typeof status !== 'number') {
    void status.then((code) => (process.exitCode = code));
    return;
  }
  process.exitCode = status;
  // With nothing left to flush, the process ends now: left to end by itself, node first
  // waits for V8's background compiles of code the run no longer needs and frees the heap
  // page by page (about 4 ms after the 10 000 file's report, by strace: bench/analysis.md).
  // process.exit still runs the 'exit' handlers (dist/cli.js writes its code cache there).
  if (straight && outputSettled) process.exit(status);
}

main();
