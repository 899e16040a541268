// The `dwnet` executable (bundled into dist/cli.js): wires `run` to the real process.
// Never a stack trace: guard.ts, imported first, catches whatever escapes `run`.
import './guard';
import { EXIT_OK, EXIT_USAGE, type Io } from './io';
import { prepareImport } from './commands/import';
import { runLsp } from './commands/lsp';
import { run } from './run';

function nodeIo(): Io {
  return {
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true,
    out: (text) => {
      process.stdout.write(text);
    },
    err: (text) => {
      process.stderr.write(text);
    },
  };
}

function main(): void {
  // A closed pipe (`dwnet check . | head`) ends the run quietly.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? EXIT_OK);
    process.stderr.write(`dwnet: cannot write output: ${error.message}\n`);
    process.exit(EXIT_USAGE);
  });
  const argv = process.argv.slice(2);
  // The language server owns stdin/stdout until the editor closes them.
  if (argv[0] === 'lsp') {
    process.exitCode = runLsp(argv.slice(1), nodeIo());
    return;
  }
  // `import` may read HCL, whose parser is WebAssembly and loads asynchronously, once.
  if (argv[0] === 'import') {
    void prepareImport(argv).then(async () => {
      process.exitCode = await run(argv, nodeIo());
    });
    return;
  }
  // Set the status and let node exit by itself, so piped output is fully flushed.
  const status = run(argv, nodeIo());
  if (typeof status === 'number') process.exitCode = status;
  else void status.then((code) => (process.exitCode = code));
}

main();
