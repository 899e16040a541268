// English messages of the command line: summaries, usage, errors and help (see ../en.ts).
export const enCli = {
  'cli.note': 'note:',
  'cli.help': 'help:',
  'cli.summary':
    '{errors}, {warnings}, {infos}, {hints} in {files, plural, one {# file} other {# files}}',
  'cli.summary.errors': '{count, plural, one {# error} other {# errors}}',
  'cli.summary.warnings': '{count, plural, one {# warning} other {# warnings}}',
  'cli.summary.infos': '{count, plural, one {# info} other {# infos}}',
  'cli.summary.hints': '{count, plural, one {# hint} other {# hints}}',
  'cli.rules.code': 'CODE',
  'cli.rules.severity': 'SEVERITY',
  'cli.rules.scenario': 'SCENARIO',
  'cli.rules.fixable': 'FIXABLE',
  'cli.rules.description': 'DESCRIPTION',
  'cli.yes': 'yes',
  'cli.no': 'no',
  'cli.fix.problems': '{count, plural, one {# problem} other {# problems}}',
  'cli.fix.wouldFix': 'would fix {problems} in {file}',
  'cli.fix.fixed': 'fixed {problems} in {file}',
  'cli.explain.task': 'task {task}',
  'cli.explain.taskLine': '{task}: {kind} on resource group {rg}',
  'cli.explain.noKind': '(no kind)',
  'cli.explain.none': '(none)',
  'cli.explain.noDataSource': '  (uses no data source)',
  'cli.explain.dataSource': 'data source {ds}',
  'cli.explain.scenario': 'Scenario {scenario} — {title}',
  'cli.explain.path': 'path: {path}',
  'cli.explain.binding': 'binding: {binding}',
  'cli.explain.hopBinding': 'binding {id}',
  'cli.explain.hopBindingDetail': 'binding {id} ({detail})',
  'cli.explain.indirect': '{id} (indirect)',
  'cli.explain.withDetail': '{id} ({detail})',
  'cli.explain.missingHop': '({detail})',
  'cli.explain.notChecked': ' (not checked)',
  'cli.explain.notCheckedWhy': ' (not checked: {reason})',
  'cli.explain.stepCode': ' ({code})',
  'cli.explain.noTasks': '{file}: no tasks to explain',
  'cli.explain.roles': ' ({roles})',
  'cli.help.main':
    "dwnet: checks DataWorks network topologies (*.dwnet.json)\n\nUsage:\n  dwnet check <files or folders…> [options]   report problems\n  dwnet fix <files…> [--dry-run] [options]     apply every preferred quick fix\n  dwnet explain <file> [--task <id>]           show each task's path and checklist\n  dwnet rules [--format json]                  list the rule catalogue\n  dwnet import terraform <dir|plan|state>      write a topology from Terraform\n  dwnet import aliyun <dir>                    … from saved Alibaba Cloud API responses\n  dwnet graph <file> [--format svg] [-o out]   draw the topology and each task's path\n  dwnet lsp --stdio                            start the language server (LSP)\n\nOptions:\n  -h, --help      show help; 'dwnet <command> --help' for a command's options\n  -v, --version   print dwnet's version\n  --locale <en|zh-CN>\n                  the language of messages, for every command (default: from\n                  LC_ALL, LC_MESSAGES or LANG; zh_CN.UTF-8 gives zh-CN, else en)\n\nExit status:\n  0  no diagnostic at or above --fail-on\n  1  at least one diagnostic at or above --fail-on\n  2  usage error, unreadable input or internal error\n",
  'cli.usage.details': "Run '{help}' for details.",
  'cli.graph.noFile': 'no file to draw',
  'cli.graph.oneFile': 'graph takes exactly one file',
  'cli.graph.syntax':
    "{file} has {count, plural, one {a syntax error} other {# syntax errors}} ({message}); run 'dwnet check {given}' and fix {count, plural, one {it} other {them}} first",
  'cli.graph.unknownTask':
    'unknown task "{task}" in {file}; {count, plural, =0 {the file has no tasks} other {its tasks: {tasks}}}',
  'cli.graph.cannotWrite': 'cannot write {file}: {reason}',
  'cli.graph.internal': 'internal error while drawing {file}: {reason}',
  'cli.import.wrote': 'wrote {file}',
  'cli.import.stateHint': 'hint: {state} knows the values assigned at apply: {command}',
  'cli.import.cannotImport': 'cannot import {path}: {reason}',
  'cli.import.missingSource': 'missing source: terraform or aliyun',
  'cli.import.unknownSource': "unknown source '{source}'; expected terraform or aliyun",
  'cli.import.missingPath':
    'missing the {source, select, terraform {Terraform directory, plan or state} other {folder of saved API responses}} to import',
  'cli.import.onePath': 'one path to import, not {count}',
  'cli.usage.didYouMean': ' (did you mean "{match}"?)',
  'cli.usage.unknownOption': "unknown option '{flag}'{suggestion}",
  'cli.usage.noValue': "option '{flag}' does not take a value",
  'cli.usage.needsValue': "option '{flag}' needs a value",
  'cli.usage.or': '{first} or {last}',
  'cli.usage.invalidValue': "invalid {flag} '{value}'{suggestion}; expected {expected}",
  'cli.usage.invalidCount':
    "invalid {flag} '{value}'; expected a whole number of findings such as 1000 (0: no limit)",
  'cli.usage.invalidSize':
    "invalid {flag} '{value}'; expected a size in MB such as 20 or 0.5 (0: no limit)",
  'cli.usage.short': 'Usage: {usage}',
  'cli.usage.missingCommand': 'missing command',
  'cli.usage.unknownCommand': "unknown command '{name}'{suggestion}",
  'cli.help.explain':
    "Usage: dwnet explain <file> [--task <id>] [options]\n\nFor each task: its resource group and kind; for each data source it uses: the\nscenario of the reference document, the path hop by hop and the scenario's\nchecklist with the state of each step.\n\nOptions:\n  -t, --task <id>          only this task\n  -f, --format <format>    text (default) or json\n  --no-color               no colour or check marks\n  -h, --help               show this help\n\nExit status: 0, or 2 on a usage error, an unreadable file or an unknown task.\n",
  'cli.help.graph':
    "Usage: dwnet graph <file> [--task <id>] [--format <format>] [-o <out>]\n\nDraws the topology: resource groups, VPCs with their vSwitches, data centers,\nconnections, NAT gateways, the Internet and data sources, and each task's path to\neach data source it uses. A broken path is red up to the hop that fails, labelled\nwith the missing step; what no task uses is grey. The pairs are check's.\n\nOptions:\n  -t, --task <id>          only this task's paths and what they go through\n  -f, --format <format>    json (default; SPEC §9), dot (Graphviz), mermaid\n                           (Markdown) or svg (laid out by dwnet, no Graphviz needed)\n  -o, --output <file>      write there instead of to standard output\n  --collapse <vpc|region>  draw each VPC (with its vSwitches and NAT gateways),\n                           or each region, as one box\n  --aggregate-ok           draw the data sources whose pairs all connect as one\n                           node per place they live\n  -h, --help               show this help\n\nA file with syntax errors is not drawn: fix what 'dwnet check' reports first.\n\nExit status: 0, or 2 on a usage error, an unreadable file, a file with syntax\nerrors or an unknown task.\n",
  'cli.help.rules':
    'Usage: dwnet rules [--format text|json]\n\nLists the rule catalogue: code, default severity, scenario, whether a quick fix\nexists, and what the rule checks.\n\nOptions:\n  -f, --format <format>    text (default) or json\n  -h, --help               show this help\n',
  'cli.help.import':
    "Usage: dwnet import terraform <dir | plan.json | terraform.tfstate> [options]\n       dwnet import aliyun <dir of saved API responses> [options]\n       dwnet import aliyun --print-commands\n\nWrites a topology (*.dwnet.json) from what you already have, so that you check the\nnetwork you run instead of a transcription of it:\n  terraform  a directory of .tf files (variables, locals, count/for_each, local\n             modules and .terraform/modules are evaluated without Terraform), the\n             output of 'terraform show -json' (a plan or a state), or a\n             terraform.tfstate\n  aliyun     a folder of responses of the Alibaba Cloud and DataWorks APIs saved by\n             the 'aliyun' CLI, one JSON file per operation (DescribeVpcs.json, …)\n\nEach entity gets a '// from <source> (<file>:<line>)' comment; a value that cannot be\nknown before 'terraform apply' is left out with an '// unresolved: …' comment. No\npassword or key is ever copied. A summary (entities imported, resource types\nskipped, values not known) goes to stderr.\n\nOptions:\n  -o, --output <file>      write the topology to this new file (default: stdout);\n                           an existing one is only refreshed with --merge\n  --merge <file>           refresh what came from the source in this existing\n                           topology and keep everything written by hand (tasks,\n                           comments, other entities); writes it back unless -o\n  --var <name>=<value>     set a Terraform variable (repeatable)\n  --var-file <file>        read Terraform variables from a .tfvars or\n                           .tfvars.json file (repeatable)\n  --print-commands         aliyun: print the read-only 'aliyun' CLI commands that\n                           save the responses, and the RAM policy they need\n  -h, --help               show this help\n\nExample:\n  dwnet import terraform infra/ -o network.dwnet.json && dwnet check network.dwnet.json\n\nExit status: 0, or 2 on a usage error or input that cannot be read (the message\nnames the file and line).\n",
  'cli.help.check':
    "Usage: dwnet check <files or folders…> [options]\n\nChecks topologies. Folders are searched recursively for *.dwnet.json files\n(node_modules and folders whose name starts with a dot are skipped).\n\nOptions:\n  -f, --format <format>    text (default), json or sarif (SARIF 2.1.0)\n  --fail-on <severity>     exit 1 when a diagnostic is at or above it:\n                           error (default), warning, information or hint\n  --config <path>          rule severities \\{ \"rules\": \\{ \"<code>\": \"<level>\" \\} \\}\n                           and limits (\"maxFileSize\", \"maxFindingsPerFile\")\n                           (default: ./dwnet.config.json when present)\n  --rule <code>=<level>    override a rule's severity: off, error, warning,\n                           information or hint (repeatable; wins over --config)\n  --max-file-size <MB>     skip files larger than this, with one notice\n                           (default 20; 0: no limit; wins over --config)\n  --max-findings <N>       report at most N findings per file, the most severe\n                           first, and a notice (default 1000; 0: no limit)\n  --no-color               no colour (also when NO_COLOR is set or stdout is\n                           not a terminal)\n  -h, --help               show this help\n\nExit status:\n  0  no diagnostic at or above --fail-on\n  1  at least one diagnostic at or above --fail-on\n  2  usage error, unreadable input or internal error\n",
  'cli.help.fix':
    "Usage: dwnet fix <files or folders…> [--dry-run] [options]\n\nApplies every preferred quick fix and writes each file that changed (keeping its\ncomments, line endings and byte order mark), then reports the problems that remain\nlike 'dwnet check'.\n\nOptions:\n  --dry-run                print the changes as a unified diff; write nothing\n                           (remaining problems are then shown in the fixed text)\n  --fail-on <severity>     exit 1 when a diagnostic is at or above it:\n                           error (default), warning, information or hint\n  --config <path>          rule severities \\{ \"rules\": \\{ \"<code>\": \"<level>\" \\} \\}\n                           and limits (\"maxFileSize\", \"maxFindingsPerFile\")\n                           (default: ./dwnet.config.json when present)\n  --rule <code>=<level>    override a rule's severity: off, error, warning,\n                           information or hint (repeatable; wins over --config)\n  --max-file-size <MB>     skip files larger than this, with one notice\n                           (default 20; 0: no limit; wins over --config)\n  --max-findings <N>       report at most N findings per file, the most severe\n                           first, and a notice (default 1000; 0: no limit)\n  --no-color               no colour (also when NO_COLOR is set or stdout is\n                           not a terminal)\n  -h, --help               show this help\n\nExit status:\n  0  no diagnostic at or above --fail-on\n  1  at least one diagnostic at or above --fail-on\n  2  usage error, unreadable input or internal error\n",
} as const satisfies Record<string, string>;
