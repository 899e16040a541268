// Help texts: `dwnet --help`, `dwnet <command> --help`, and the short usage printed
// with a usage error.

export const COMMANDS = ['check', 'fix', 'explain', 'rules', 'import', 'graph'] as const;
export type Command = (typeof COMMANDS)[number];

const EXIT_STATUS = `Exit status:
  0  no diagnostic at or above --fail-on
  1  at least one diagnostic at or above --fail-on
  2  usage error, unreadable input or internal error`;

const RULE_OPTIONS = `  --fail-on <severity>     exit 1 when a diagnostic is at or above it:
                           error (default), warning, information or hint
  --config <path>          rule severities { "rules": { "<code>": "<level>" } }
                           and limits ("maxFileSize", "maxFindingsPerFile")
                           (default: ./dwnet.config.json when present)
  --rule <code>=<level>    override a rule's severity: off, error, warning,
                           information or hint (repeatable; wins over --config)
  --max-file-size <MB>     skip files larger than this, with one notice
                           (default 20; 0: no limit; wins over --config)
  --max-findings <N>       report at most N findings per file, the most severe
                           first, and a notice (default 1000; 0: no limit)
  --no-color               no colour (also when NO_COLOR is set or stdout is
                           not a terminal)`;

export const MAIN_HELP = `dwnet: checks DataWorks network topologies (*.dwnet.json)

Usage:
  dwnet check <files or folders…> [options]   report problems
  dwnet fix <files…> [--dry-run] [options]     apply every preferred quick fix
  dwnet explain <file> [--task <id>]           show each task's path and checklist
  dwnet rules [--format json]                  list the rule catalogue
  dwnet import terraform <dir|plan|state>      write a topology from Terraform
  dwnet import aliyun <dir>                    … from saved Alibaba Cloud API responses
  dwnet graph <file> [--format svg] [-o out]   draw the topology and each task's path
  dwnet lsp --stdio                            start the language server (LSP)

Options:
  -h, --help      show help; 'dwnet <command> --help' for a command's options
  -v, --version   print dwnet's version
  --locale <en|zh-CN>
                  the language of messages, for every command (default: from
                  LC_ALL, LC_MESSAGES or LANG; zh_CN.UTF-8 gives zh-CN, else en)

${EXIT_STATUS}
`;

export const COMMAND_HELP: Record<Command, string> = {
  check: `Usage: dwnet check <files or folders…> [options]

Checks topologies. Folders are searched recursively for *.dwnet.json files
(node_modules and folders whose name starts with a dot are skipped).

Options:
  -f, --format <format>    text (default), json or sarif (SARIF 2.1.0)
${RULE_OPTIONS}
  -h, --help               show this help

${EXIT_STATUS}
`,
  fix: `Usage: dwnet fix <files or folders…> [--dry-run] [options]

Applies every preferred quick fix and writes each file that changed (keeping its
comments, line endings and byte order mark), then reports the problems that remain
like 'dwnet check'.

Options:
  --dry-run                print the changes as a unified diff; write nothing
                           (remaining problems are then shown in the fixed text)
${RULE_OPTIONS}
  -h, --help               show this help

${EXIT_STATUS}
`,
  explain: `Usage: dwnet explain <file> [--task <id>] [options]

For each task: its resource group and kind; for each data source it uses: the
scenario of the reference document, the path hop by hop and the scenario's
checklist with the state of each step.

Options:
  -t, --task <id>          only this task
  -f, --format <format>    text (default) or json
  --no-color               no colour or check marks
  -h, --help               show this help

Exit status: 0, or 2 on a usage error, an unreadable file or an unknown task.
`,
  graph: `Usage: dwnet graph <file> [--task <id>] [--format <format>] [-o <out>]

Draws the topology: resource groups, VPCs with their vSwitches, data centers,
connections, NAT gateways, the Internet and data sources, and each task's path to
each data source it uses. A broken path is red up to the hop that fails, labelled
with the missing step; what no task uses is grey. The pairs are check's.

Options:
  -t, --task <id>          only this task's paths and what they go through
  -f, --format <format>    json (default; SPEC §9), dot (Graphviz), mermaid
                           (Markdown) or svg (laid out by dwnet, no Graphviz needed)
  -o, --output <file>      write there instead of to standard output
  --collapse <vpc|region>  draw each VPC (with its vSwitches and NAT gateways),
                           or each region, as one box
  --aggregate-ok           draw the data sources whose pairs all connect as one
                           node per place they live
  -h, --help               show this help

A file with syntax errors is not drawn: fix what 'dwnet check' reports first.

Exit status: 0, or 2 on a usage error, an unreadable file, a file with syntax
errors or an unknown task.
`,
  rules: `Usage: dwnet rules [--format text|json]

Lists the rule catalogue: code, default severity, scenario, whether a quick fix
exists, and what the rule checks.

Options:
  -f, --format <format>    text (default) or json
  -h, --help               show this help
`,
  import: `Usage: dwnet import terraform <dir | plan.json | terraform.tfstate> [options]
       dwnet import aliyun <dir of saved API responses> [options]
       dwnet import aliyun --print-commands

Writes a topology (*.dwnet.json) from what you already have, so that you check the
network you run instead of a transcription of it:
  terraform  a directory of .tf files (variables, locals, count/for_each, local
             modules and .terraform/modules are evaluated without Terraform), the
             output of 'terraform show -json' (a plan or a state), or a
             terraform.tfstate
  aliyun     a folder of responses of the Alibaba Cloud and DataWorks APIs saved by
             the 'aliyun' CLI, one JSON file per operation (DescribeVpcs.json, …)

Each entity gets a '// from <source> (<file>:<line>)' comment; a value that cannot be
known before 'terraform apply' is left out with an '// unresolved: …' comment. No
password or key is ever copied. A summary (entities imported, resource types
skipped, values not known) goes to stderr.

Options:
  -o, --output <file>      write the topology to this new file (default: stdout);
                           an existing one is only refreshed with --merge
  --merge <file>           refresh what came from the source in this existing
                           topology and keep everything written by hand (tasks,
                           comments, other entities); writes it back unless -o
  --var <name>=<value>     set a Terraform variable (repeatable)
  --var-file <file>        read Terraform variables from a .tfvars or
                           .tfvars.json file (repeatable)
  --print-commands         aliyun: print the read-only 'aliyun' CLI commands that
                           save the responses, and the RAM policy they need
  -h, --help               show this help

Example:
  dwnet import terraform infra/ -o network.dwnet.json && dwnet check network.dwnet.json

Exit status: 0, or 2 on a usage error or input that cannot be read (the message
names the file and line).
`,
};

/** Each command's synopsis; the usage error prints it after the catalogue's "Usage: " (用法：). */
export const SHORT_USAGE: Record<Command | 'main', string> = {
  main: 'dwnet <check|fix|explain|rules|import|graph|lsp> [options]',
  check: 'dwnet check <files or folders…> [options]',
  fix: 'dwnet fix <files or folders…> [--dry-run] [options]',
  explain: 'dwnet explain <file> [--task <id>] [options]',
  rules: 'dwnet rules [--format text|json]',
  import: 'dwnet import terraform|aliyun <path> [-o <file>] [--merge <file>]',
  graph: 'dwnet graph <file> [--task <id>] [--format json|dot|mermaid|svg] [-o <out>]',
};

export function isCommand(name: string): name is Command {
  return (COMMANDS as readonly string[]).includes(name);
}
