// The read-only `aliyun` CLI commands that save every response `dwnet import aliyun` reads,
// and the RAM policy they need. One table drives both the listing `--print-commands` prints
// and `scripts/collect-aliyun.sh` (a test holds the committed script to the generated one),
// so the two cannot drift apart (the table is collect-steps.ts).
import { localizer, t, type Locale } from '../../l10n';
import { COLLECTION_STEPS, type CollectionStep } from './collect-steps';

export { COLLECTION_STEPS } from './collect-steps';

/** The RAM policy the collector needs: read-only actions, nothing else. */
export function aliyunCollectionPolicy(): string {
  const actions = [...new Set(COLLECTION_STEPS.map((s) => s.ram))].sort();
  return JSON.stringify(
    { Version: '1', Statement: [{ Effect: 'Allow', Action: actions, Resource: '*' }] },
    null,
    2,
  );
}

function commandOf(step: CollectionStep, region: string, id: string | undefined): string {
  const parts = ['aliyun', step.product, step.operation];
  if (step.scope === 'region') parts.push('--region', region);
  if (step.regionId) parts.push('--RegionId', region);
  if (step.forEach) parts.push(`--${step.forEach.param}`, id ?? '');
  if (step.args) parts.push(...step.args);
  if (step.version) parts.push('--version', step.version, '--force');
  return parts.join(' ');
}

function pagingText(step: CollectionStep): string {
  if (!step.paging) return '';
  return step.paging.style === 'page'
    ? ` --PageSize ${step.paging.size} --PageNumber <n>`
    : ` --${step.paging.sizeParam} ${step.paging.size} [--NextToken <token>]`;
}

/**
 * What `dwnet import aliyun --print-commands` prints: the commands, where each response goes,
 * the policy. The explanations follow the locale; the commands and the policy never change.
 */
export function aliyunCollectionCommands(locale: Locale = 'en'): string {
  const lines = [...t(locale, 'import.collect.intro').split('\n'), ''];
  for (const step of COLLECTION_STEPS) {
    const folder = step.scope === 'global' ? 'global' : '<region>';
    const id = step.forEach ? `<${step.forEach.param}>` : undefined;
    const file = `<dir>/${folder}/${step.operation}${id ? `.${step.forEach?.filePrefix ?? ''}${id}` : ''}.json`;
    const what = t(locale, step.what);
    lines.push(
      step.forEach
        ? t(locale, 'import.collect.stepForEach', {
            what,
            label: step.forEach.label,
            operations: localizer(locale).list(step.forEach.sources.map((s) => s.operation)),
          })
        : t(locale, 'import.collect.step', { what }),
    );
    lines.push(`${commandOf(step, '<region>', id)}${pagingText(step)} > ${file}`);
  }
  lines.push('', t(locale, 'import.collect.policy'), aliyunCollectionPolicy(), '');
  return lines.join('\n');
}

/** The whole of `scripts/collect-aliyun.sh`. */
export function aliyunCollectionScript(): string {
  const lines: string[] = [
    '#!/usr/bin/env bash',
    '# Saves the Alibaba Cloud API responses `dwnet import aliyun <dir>` reads. Read-only calls only.',
    '# GENERATED from core/src/import/aliyun/collect.ts (aliyunCollectionScript); do not edit by hand:',
    '# UPDATE_COLLECTOR=1 npx vitest run core/test/import/aliyun-collect.test.ts rewrites it.',
    '#',
    '# Usage: scripts/collect-aliyun.sh <out-dir> <region> [<region>...]',
    '#   Needs the aliyun CLI (configured with a profile that has the policy below) and jq.',
    '#   `dwnet import aliyun --print-commands` lists the same commands.',
    '#   The saved responses may hold data source credentials (ListDataSources): keep the folder',
    '#   private. dwnet import aliyun never copies them into the topology.',
    '#',
    '# RAM policy:',
    ...aliyunCollectionPolicy()
      .split('\n')
      .map((l) => `#   ${l}`),
    'set -uo pipefail',
    '',
    'if [ "$#" -lt 2 ]; then',
    '  echo "usage: $0 <out-dir> <region> [<region>...]" >&2',
    '  exit 2',
    'fi',
    'for tool in aliyun jq; do',
    '  command -v "$tool" >/dev/null || { echo "$0: $tool is not installed" >&2; exit 2; }',
    'done',
    'out=$1',
    'shift',
    '',
    '# save <file> <aliyun arguments...>: one response, kept only when the call succeeds.',
    'save() {',
    '  local file=$1',
    '  shift',
    '  mkdir -p "$(dirname "$file")"',
    '  if aliyun "$@" >"$file.tmp" 2>"$file.err"; then',
    '    mv "$file.tmp" "$file"',
    '    rm -f "$file.err"',
    '  else',
    '    echo "failed: aliyun $* (see $file.err)" >&2',
    '    rm -f "$file.tmp"',
    '    return 1',
    '  fi',
    '}',
    '',
    '# paged <base> <size> <aliyun arguments...>: PageNumber/PageSize until TotalCount is reached.',
    'paged() {',
    '  local base=$1 size=$2 page=1 file total served',
    '  shift 2',
    '  while :; do',
    '    file="$base.json"',
    '    [ "$page" -gt 1 ] && file="$base.$page.json"',
    '    save "$file" "$@" --PageSize "$size" --PageNumber "$page" || return 0',
    '    total=$(jq -r \'[.. | objects | .TotalCount? | numbers][0] // 0\' "$file")',
    // The response's own PageSize: an API that serves fewer than asked still pages to the end.
    '    served=$(jq -r --argjson size "$size" \'[.. | objects | .PageSize? | numbers][0] // $size\' "$file")',
    '    [ "$served" -gt 0 ] || return 0',
    '    [ $((page * served)) -ge "$total" ] && return 0',
    '    page=$((page + 1))',
    '  done',
    '}',
    '',
    '# tokened <base> <size-parameter> <size> <aliyun arguments...>: NextToken paging.',
    'tokened() {',
    '  local base=$1 param=$2 size=$3 page=1 file token=""',
    '  shift 3',
    '  while :; do',
    '    file="$base.json"',
    '    [ "$page" -gt 1 ] && file="$base.$page.json"',
    '    if [ -n "$token" ]; then',
    '      save "$file" "$@" "--$param" "$size" --NextToken "$token" || return 0',
    '    else',
    '      save "$file" "$@" "--$param" "$size" || return 0',
    '    fi',
    '    token=$(jq -r \'.NextToken // empty\' "$file")',
    '    [ -z "$token" ] && return 0',
    '    page=$((page + 1))',
    '  done',
    '}',
    '',
    '# ids <folder> <operation> <jq path>: the ids earlier responses hold.',
    'ids() {',
    '  local folder=$1 operation=$2 path=$3',
    '  ls "$folder"/"$operation".json "$folder"/"$operation".*.json 2>/dev/null | xargs -r jq -r "$path // empty" 2>/dev/null | sort -u',
    '}',
    '',
  ];
  const emit = (step: CollectionStep, folder: string, region: string, indent: string): void => {
    lines.push(`${indent}# ${t('en', step.what)}`);
    const call = (id: string | undefined, extra: string): string => {
      const base = `${folder}/${step.operation}${id ? `.${step.forEach?.filePrefix ?? ''}${id}` : ''}`;
      const command = commandOf(step, region, id ? `"${id}"` : undefined).replace(/^aliyun /, '');
      if (!step.paging) return `save "${base}.json" ${command}${extra}`;
      if (step.paging.style === 'page')
        return `paged "${base}" ${step.paging.size} ${command}${extra}`;
      return `tokened "${base}" ${step.paging.sizeParam} ${step.paging.size} ${command}${extra}`;
    };
    if (!step.forEach) {
      lines.push(`${indent}${call(undefined, '')}`);
      return;
    }
    const sources = step.forEach.sources.map(
      (s) =>
        `ids "${s.operation === 'DescribeCens' ? '$out/global' : folder}" ${s.operation} '${s.path}'`,
    );
    lines.push(`${indent}for id in $( { ${sources.join('; ')}; } | sort -u); do`);
    lines.push(`${indent}  ${call('$id', '')}`);
    lines.push(`${indent}done`);
  };
  for (const step of COLLECTION_STEPS.filter((s) => s.scope === 'global'))
    emit(step, '$out/global', '', '');
  lines.push('', 'for region in "$@"; do');
  for (const step of COLLECTION_STEPS.filter((s) => s.scope === 'region'))
    emit(step, '$out/$region', '"$region"', '  ');
  lines.push(
    'done',
    'echo "saved to $out; now: dwnet import aliyun $out -o network.dwnet.json"',
    '',
  );
  return lines.join('\n');
}
