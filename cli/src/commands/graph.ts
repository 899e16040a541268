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
  localizer,
  t,
  type Locale,
  type TopologyGraph,
} from '../../../core/src/index';
import { oneOf, parseCommandArgs } from '../args';
import { sanitize } from '../color';
import { readSingleInput } from '../files';
import { jsonText } from '../format/json';
import { EXIT_OK, EXIT_USAGE, UsageError, errorMessage, type Io } from '../io';

const FORMATS = ['json', 'dot', 'mermaid', 'svg'] as const;
type GraphFormat = (typeof FORMATS)[number];

async function render(
  graph: TopologyGraph,
  format: GraphFormat,
  locale: Locale,
  forTerminal: boolean,
): Promise<string> {
  switch (format) {
    case 'json':
      return `${jsonText(graph, forTerminal)}\n`;
    case 'dot':
      return renderDot(graph, locale);
    case 'mermaid':
      return renderMermaid(graph);
    case 'svg': {
      // Loaded only here: elkjs is a large script every other command can do without.
      const { graphToSvg } = await import('../../../core/src/graph/svg.js');
      return graphToSvg(graph, locale);
    }
  }
}

export function runGraph(args: readonly string[], io: Io): number | Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'graph',
    args,
    {
      task: { type: 'string', short: 't' },
      format: { type: 'string', short: 'f' },
      output: { type: 'string', short: 'o' },
      collapse: { type: 'string' },
      'aggregate-ok': { type: 'boolean' },
    },
    io.locale,
  );
  const locale = io.locale ?? 'en';
  const format = oneOf('graph', '--format', values.format, FORMATS, 'json', locale);
  const collapse =
    values.collapse === undefined
      ? undefined
      : oneOf('graph', '--collapse', values.collapse, ['vpc', 'region'] as const, 'vpc', locale);
  if (positionals.length !== 1) {
    throw new UsageError(
      t(locale, positionals.length === 0 ? 'cli.graph.noFile' : 'cli.graph.oneFile'),
      'graph',
    );
  }
  const given = positionals[0]!;
  const file = readSingleInput(io, given);
  if (file === undefined) return EXIT_USAGE;
  const analysis = analyse(file.text, locale);
  // A file that does not parse has no topology to draw: say so, like a compiler would,
  // rather than draw the part that happened to parse as if it were the network.
  const syntax = analysis.rawFindings.filter((finding) => finding.code === 'json-syntax');
  if (syntax.length > 0) {
    const message = t(locale, 'cli.graph.syntax', {
      file: file.displayPath,
      count: syntax.length,
      message: sanitize(syntax[0]!.message),
      given,
    });
    io.err(`dwnet: ${message}\n`);
    return EXIT_USAGE;
  }
  const task = values.task;
  if (task !== undefined && !analysis.model?.tasks.byId.has(task)) {
    const ids = [...(analysis.model?.tasks.byId.keys() ?? [])];
    const message = t(locale, 'cli.graph.unknownTask', {
      task: sanitize(task),
      file: file.displayPath,
      count: ids.length,
      tasks: localizer(locale).list(ids.map(sanitize)),
    });
    io.err(`dwnet: ${message}\n`);
    return EXIT_USAGE;
  }
  let graph = buildGraph(analysis, task === undefined ? { locale } : { task, locale });
  if (collapse !== undefined || values['aggregate-ok'] === true)
    graph = collapseGraph(graph, {
      by: collapse,
      aggregateOk: values['aggregate-ok'] === true,
      locale,
    });
  const forTerminal = values.output === undefined && io.stdoutIsTTY;
  return render(graph, format, locale, forTerminal).then(
    (text) => {
      if (values.output === undefined) {
        io.out(text);
        return EXIT_OK;
      }
      const target = path.resolve(io.cwd, values.output);
      try {
        fs.writeFileSync(target, text);
      } catch (error) {
        const message = t(locale, 'cli.graph.cannotWrite', {
          file: values.output,
          reason: errorMessage(error),
        });
        io.err(`dwnet: ${message}\n`);
        return EXIT_USAGE;
      }
      return EXIT_OK;
    },
    (error: unknown) => {
      const message = t(locale, 'cli.graph.internal', {
        file: file.displayPath,
        reason: errorMessage(error),
      });
      io.err(`dwnet: ${message}\n`);
      return EXIT_USAGE;
    },
  );
}
