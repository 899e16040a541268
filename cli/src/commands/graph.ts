// `dwnet graph <file> [--task <id>] [--format json|dot|mermaid|svg] [-o out]`: the topology
// as a picture (SPEC §9), from the same analysis `check` reports.
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  analyse,
  buildGraph,
  collapseGraph,
  renderDot,
  renderMermaid,
  type TopologyGraph,
} from '../../../core/src/index';
import { oneOf, parseCommandArgs } from '../args';
import { sanitize } from '../color';
import { readSingleInput } from '../files';
import { EXIT_OK, EXIT_USAGE, UsageError, errorMessage, type Io } from '../io';

const FORMATS = ['json', 'dot', 'mermaid', 'svg'] as const;
type GraphFormat = (typeof FORMATS)[number];

async function render(graph: TopologyGraph, format: GraphFormat): Promise<string> {
  switch (format) {
    case 'json':
      return `${JSON.stringify(graph, null, 2)}\n`;
    case 'dot':
      return renderDot(graph);
    case 'mermaid':
      return renderMermaid(graph);
    case 'svg': {
      // Loaded only here: elkjs is a large script every other command can do without.
      const { graphToSvg } = await import('../../../core/src/graph/svg.js');
      return graphToSvg(graph);
    }
  }
}

export function runGraph(args: readonly string[], io: Io): number | Promise<number> {
  const { values, positionals } = parseCommandArgs('graph', args, {
    task: { type: 'string', short: 't' },
    format: { type: 'string', short: 'f' },
    output: { type: 'string', short: 'o' },
    collapse: { type: 'string' },
    'aggregate-ok': { type: 'boolean' },
  });
  const format = oneOf('graph', '--format', values.format, FORMATS, 'json');
  const collapse =
    values.collapse === undefined
      ? undefined
      : oneOf('graph', '--collapse', values.collapse, ['vpc', 'region'] as const, 'vpc');
  if (positionals.length !== 1) {
    throw new UsageError(
      positionals.length === 0 ? 'no file to draw' : 'graph takes exactly one file',
      'graph',
    );
  }
  const given = positionals[0]!;
  const file = readSingleInput(io, given);
  if (file === undefined) return EXIT_USAGE;
  const analysis = analyse(file.text);
  // A file that does not parse has no topology to draw: say so, like a compiler would,
  // rather than draw the part that happened to parse as if it were the network.
  const syntax = analysis.rawFindings.filter((finding) => finding.code === 'json-syntax');
  if (syntax.length > 0) {
    io.err(
      `dwnet: ${file.displayPath} has ${syntax.length === 1 ? 'a syntax error' : `${syntax.length} syntax errors`}` +
        ` (${sanitize(syntax[0]!.message)}); run 'dwnet check ${given}' and fix ${syntax.length === 1 ? 'it' : 'them'} first\n`,
    );
    return EXIT_USAGE;
  }
  const task = values.task;
  if (task !== undefined && !analysis.model?.tasks.byId.has(task)) {
    const ids = [...(analysis.model?.tasks.byId.keys() ?? [])];
    io.err(
      `dwnet: unknown task "${sanitize(task)}" in ${file.displayPath}; ` +
        (ids.length === 0
          ? 'the file has no tasks\n'
          : `its tasks: ${ids.map(sanitize).join(', ')}\n`),
    );
    return EXIT_USAGE;
  }
  let graph = buildGraph(analysis, task === undefined ? {} : { task });
  if (collapse !== undefined || values['aggregate-ok'] === true)
    graph = collapseGraph(graph, { by: collapse, aggregateOk: values['aggregate-ok'] === true });
  return render(graph, format).then(
    (text) => {
      if (values.output === undefined) {
        io.out(text);
        return EXIT_OK;
      }
      const target = path.resolve(io.cwd, values.output);
      try {
        fs.writeFileSync(target, text);
      } catch (error) {
        io.err(`dwnet: cannot write ${values.output}: ${errorMessage(error)}\n`);
        return EXIT_USAGE;
      }
      return EXIT_OK;
    },
    (error: unknown) => {
      io.err(`dwnet: internal error while drawing ${file.displayPath}: ${errorMessage(error)}\n`);
      return EXIT_USAGE;
    },
  );
}
