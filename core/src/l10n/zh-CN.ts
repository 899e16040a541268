// 简体中文 messages, in the words of Alibaba Cloud's Chinese console and documentation
// (GLOSSARY.zh-CN.md): full-width punctuation in sentences, ids, CIDR blocks and code in
// half-width, no space between Chinese and Latin text (as the console writes 专有网络VPC).
// One file per area under zh-CN/, matching en/ key for key.
import type { MessageKey } from './en';
import { zhCNDiagnostics } from './zh-CN/diagnostics';
import { zhCNRules } from './zh-CN/rules';
import { zhCNExplain } from './zh-CN/explain';
import { zhCNCli } from './zh-CN/cli';
import { zhCNImportGraph } from './zh-CN/importGraph';
import { zhCNImportErrors } from './zh-CN/importErrors';

// Each area's messages are made by a call, and the catalogue when Chinese is first asked for
// (../index.ts): an English run does not make its 800 strings, and a command's code cache does
// not carry them (130 KB of the CLI's; about 1 ms of every fresh process).
// Object.assign, not an object spread (see ./en.ts).
export function zhCN(): Record<MessageKey, string> {
  return Object.assign(
    Object.assign({}, zhCNDiagnostics(), zhCNRules(), zhCNExplain()),
    zhCNCli(),
    zhCNImportGraph(),
    zhCNImportErrors(),
  );
}
