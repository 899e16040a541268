// The extension manifest (package.json) and the files it points at: the language, its
// grammar and configuration, the schemas, the settings (whose rule codes must be the
// core's catalogue) and the commands.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, Registry, type IGrammar } from 'vscode-textmate';
import { RULES } from '../../core/src/index';

const ROOT = join(__dirname, '../..');
const LEVELS = ['off', 'error', 'warning', 'information', 'hint'];

function readJson<T = Record<string, unknown>>(path: string): T {
  return JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as T;
}

interface Setting {
  type: string;
  default: unknown;
  markdownDescription?: string;
  enum?: string[];
  propertyNames?: { enum: string[] };
  additionalProperties?: { enum: string[] };
}

interface Manifest {
  main: string;
  icon: string;
  license: string;
  activationEvents: string[];
  engines: Record<string, string>;
  devDependencies: Record<string, string>;
  categories: string[];
  capabilities: Record<string, { supported: boolean | string; description?: string }>;
  contributes: {
    languages: Record<string, unknown>[];
    grammars: { language: string; scopeName: string; path: string }[];
    jsonValidation: { fileMatch: string; url: string }[];
    configuration: { properties: Record<string, Setting> };
    commands: { command: string; title: string; category: string }[];
    menus: Record<string, { command: string; when: string; group?: string }[]>;
  };
}

const manifest = readJson<Manifest>('package.json');
const { contributes } = manifest;
const codes = RULES.map((rule) => rule.code);

describe('manifest', () => {
  it('starts the bundled extension when a dwnet file opens', () => {
    expect(manifest.main).toBe('./dist/extension.js');
    expect(manifest.activationEvents).toEqual(['onLanguage:dwnet']);
    expect(manifest.engines['vscode']).toBe('^1.91.0');
    // @types/vscode may not be newer than the oldest VS Code the extension accepts.
    expect(manifest.devDependencies['@types/vscode']).toBe('1.91');
  });

  it('contributes the language, grammar, schemas, settings and commands, nothing else', () => {
    expect(Object.keys(contributes).sort()).toEqual(
      ['commands', 'configuration', 'grammars', 'jsonValidation', 'languages', 'menus'].sort(),
    );
    expect(contributes.languages).toEqual([
      {
        id: 'dwnet',
        aliases: ['DataWorks network topology', 'dwnet'],
        extensions: ['.dwnet.json'],
        filenamePatterns: ['*.dwnet.json'],
        configuration: './language-configuration.json',
        icon: { light: './images/icon.png', dark: './images/icon.png' },
      },
    ]);
    expect(contributes.grammars).toEqual([
      { language: 'dwnet', scopeName: 'source.dwnet', path: './syntaxes/dwnet.tmLanguage.json' },
    ]);
    expect(contributes.jsonValidation).toEqual([
      { fileMatch: '*.dwnet.json', url: './schemas/dwnet.schema.json' },
      { fileMatch: 'dwnet.config.json', url: './schemas/dwnet.config.schema.json' },
    ]);
  });

  it('points only at files that exist', () => {
    const paths = [
      manifest.main.replace('./dist/', 'client/src/').replace('.js', '.ts'), // bundled from
      manifest.icon,
      './language-configuration.json',
      ...contributes.grammars.map((g) => g.path),
      ...contributes.jsonValidation.map((v) => v.url),
    ];
    for (const path of paths) expect(existsSync(join(ROOT, path)), path).toBe(true);
    expect(existsSync(join(ROOT, 'LICENSE'))).toBe(true);
    expect(manifest.license).toBe('MIT');
  });

  it('declares the five settings', () => {
    const settings = contributes.configuration.properties;
    expect(Object.keys(settings).sort()).toEqual([
      'dwnet.enable',
      'dwnet.maxFileSize',
      'dwnet.maxFindingsPerFile',
      'dwnet.rules',
      'dwnet.trace.server',
    ]);
    expect(settings['dwnet.maxFileSize']).toMatchObject({
      type: 'number',
      default: 20,
      minimum: 0,
    });
    expect(settings['dwnet.maxFindingsPerFile']).toMatchObject({
      type: 'integer',
      default: 1000,
      minimum: 0,
    });
    expect(settings['dwnet.enable']).toMatchObject({ type: 'boolean', default: true });
    expect(settings['dwnet.rules']).toMatchObject({ type: 'object', default: {} });
    expect(settings['dwnet.trace.server']).toMatchObject({
      type: 'string',
      enum: ['off', 'messages', 'verbose'],
      default: 'off',
    });
    for (const setting of Object.values(settings)) expect(setting.markdownDescription).toBeTruthy();
  });

  it('offers exactly the catalogue codes and the five levels in dwnet.rules', () => {
    const rules = contributes.configuration.properties['dwnet.rules'];
    expect(rules?.propertyNames?.enum).toEqual(codes);
    expect(rules?.additionalProperties?.enum).toEqual(LEVELS);
  });

  it('describes dwnet.config.json with the same codes and levels', () => {
    type ConfigSchema = { properties: { rules: Setting } };
    const schema = readJson<ConfigSchema>('schemas/dwnet.config.schema.json');
    expect(schema.properties.rules.propertyNames?.enum).toEqual(codes);
    expect(schema.properties.rules.additionalProperties?.enum).toEqual(LEVELS);
    const limits = readJson<{ properties: Record<string, Setting> }>(
      'schemas/dwnet.config.schema.json',
    ).properties;
    expect(limits['maxFileSize']).toMatchObject({ type: 'number', default: 20, minimum: 0 });
    expect(limits['maxFindingsPerFile']).toMatchObject({
      type: 'integer',
      default: 1000,
      minimum: 0,
    });
  });

  it('titles every command in the dwnet category', () => {
    expect(contributes.commands.map((c) => c.command)).toEqual([
      'dwnet.checkWorkspace',
      'dwnet.explainTask',
      'dwnet.restartServer',
      'dwnet.showOutput',
      'dwnet.importTerraform',
      'dwnet.importAliyun',
      'dwnet.showDiagram',
    ]);
    for (const command of contributes.commands) {
      expect(command.category).toBe('dwnet');
      expect(command.title.length).toBeGreaterThan(0);
    }
    // The explain command needs a dwnet editor when it is run from the palette.
    expect(contributes.menus.commandPalette).toEqual([
      { command: 'dwnet.explainTask', when: 'editorLangId == dwnet' },
      { command: 'dwnet.showDiagram', when: 'editorLangId == dwnet' },
    ]);
    // The diagram also opens from the title bar of a dwnet editor.
    expect(contributes.menus['editor/title']).toEqual([
      { command: 'dwnet.showDiagram', when: 'resourceLangId == dwnet', group: 'navigation' },
    ]);
  });

  it('works in untrusted workspaces and says what a virtual one lacks', () => {
    expect(manifest.capabilities['untrustedWorkspaces']?.supported).toBe(true);
    expect(manifest.capabilities['virtualWorkspaces']?.supported).toBe('limited');
    expect(manifest.capabilities['virtualWorkspaces']?.description).toBeTruthy();
    expect(manifest.categories).toEqual(['Linters', 'Programming Languages']);
  });

  it('has a 128×128 PNG icon', () => {
    const png = readFileSync(join(ROOT, manifest.icon));
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([128, 128]);
  });
});

describe('language configuration', () => {
  const configuration = readJson<{
    comments: { lineComment: string; blockComment: string[] };
    autoClosingPairs: { open: string; close: string }[];
    wordPattern: string;
  }>('language-configuration.json');

  it('knows JSONC comments and closes quotes', () => {
    expect(configuration.comments).toEqual({ lineComment: '//', blockComment: ['/*', '*/'] });
    expect(configuration.autoClosingPairs.map((p) => p.open)).toEqual(['{', '[', '"', '/*']);
  });

  it('takes ids with dashes and CIDR blocks as one word', () => {
    const words = '"rg-serverless": ["10.0.1.0/24", vsw-a]'.match(
      new RegExp(configuration.wordPattern, 'g'),
    );
    expect(words).toEqual(['rg-serverless', '10.0.1.0/24', 'vsw-a']);
  });
});

describe('grammar', () => {
  let grammar: IGrammar;

  beforeAll(async () => {
    const wasm = readFileSync(join(ROOT, 'node_modules/vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
        createOnigString: (text) => new oniguruma.OnigString(text),
      }),
      loadGrammar: async (scopeName) =>
        scopeName === 'source.dwnet' ? readJson('syntaxes/dwnet.tmLanguage.json') : null,
    });
    const loaded = await registry.loadGrammar('source.dwnet');
    if (!loaded) throw new Error('the grammar did not load');
    grammar = loaded;
  });

  /** Each token of `text` with its scopes, line by line, as VS Code tokenizes it. */
  function tokenize(text: string): { text: string; scopes: string[] }[] {
    const tokens: { text: string; scopes: string[] }[] = [];
    let state = INITIAL;
    for (const line of text.split('\n')) {
      const result = grammar.tokenizeLine(line, state);
      for (const token of result.tokens) {
        tokens.push({ text: line.slice(token.startIndex, token.endIndex), scopes: token.scopes });
      }
      state = result.ruleStack;
    }
    return tokens;
  }

  function scopesOf(tokens: ReturnType<typeof tokenize>, text: string): string[] {
    const token = tokens.find((t) => t.text === text);
    if (!token)
      throw new Error(`no token '${text}' in ${JSON.stringify(tokens.map((t) => t.text))}`);
    return token.scopes;
  }

  const sample = [
    '{',
    '  // dwnet-ignore-file internet-unstable, unused -- a demo file',
    '  "vpcs": {',
    '    "vpc-hz": { "cidr": "10.0.0.0/16", "shared": true, "priority": -1.5e3, },',
    '  },',
    '  /* dwnet-ignore whitelist-missing -- partner list */',
    '  "dataSources": {',
    '    "rds": { "address": "10.0.1.20", "whitelist": ["10.0.1.0/24", "0.0.0.0/0",], "name": null },',
    '  },',
    '  /* a block',
    '     comment */',
    '  "notes": ["10.0.0.300", "v1.2.3", "a\\"b"], // a plain comment',
    '}',
  ].join('\n');

  it('scopes keys, strings, numbers and constants as JSON', () => {
    const tokens = tokenize(sample);
    expect(scopesOf(tokens, 'vpc-hz')).toContain('support.type.property-name.json.dwnet');
    expect(scopesOf(tokens, 'shared')).toContain('support.type.property-name.json.dwnet');
    expect(scopesOf(tokens, 'true')).toContain('constant.language.json.dwnet');
    expect(scopesOf(tokens, 'null')).toContain('constant.language.json.dwnet');
    expect(scopesOf(tokens, '-1.5e3')).toContain('constant.numeric.json.dwnet');
    expect(scopesOf(tokens, 'v1.2.3')).toContain('string.quoted.double.json.dwnet');
    expect(scopesOf(tokens, '\\"')).toContain('constant.character.escape.json.dwnet');
    expect(scopesOf(tokens, '     comment ')).toContain('comment.block.json.dwnet');
    expect(scopesOf(tokens, ' a plain comment')).toContain('comment.line.double-slash.js.dwnet');
  });

  it('accepts trailing commas', () => {
    const invalid = tokenize(sample).filter((t) => t.scopes.some((s) => s.startsWith('invalid')));
    expect(invalid).toEqual([]);
  });

  it('marks CIDR blocks and IPv4 addresses inside strings', () => {
    const tokens = tokenize(sample);
    for (const cidr of ['10.0.0.0', '10.0.1.0', '0.0.0.0']) {
      expect(scopesOf(tokens, cidr)).toContain('constant.numeric.cidr.dwnet');
    }
    expect(scopesOf(tokens, '/')).toContain('punctuation.separator.cidr.dwnet');
    expect(scopesOf(tokens, '10.0.1.20')).toContain('constant.numeric.ip.dwnet');
    // Not an address: left as a string for the rules to report.
    expect(scopesOf(tokens, '10.0.0.300')).not.toContain('constant.numeric.ip.dwnet');
    // Keys are ids, not addresses.
    expect(scopesOf(tokens, 'cidr')).toContain('support.type.property-name.json.dwnet');
  });

  it('marks suppression comments: directive, codes and reason', () => {
    const tokens = tokenize(sample);
    for (const directive of ['dwnet-ignore-file', 'dwnet-ignore']) {
      expect(scopesOf(tokens, directive)).toContain('keyword.control.directive.suppression.dwnet');
    }
    for (const code of ['internet-unstable', 'unused', 'whitelist-missing']) {
      const scopes = scopesOf(tokens, code);
      expect(scopes).toContain('entity.name.tag.rule-code.dwnet');
      expect(scopes.some((s) => s.startsWith('comment.'))).toBe(true);
    }
    expect(scopesOf(tokens, ' a demo file')).toContain('comment.line.reason.dwnet');
    expect(scopesOf(tokens, ' partner list ')).toContain('comment.block.reason.dwnet');
  });

  it('leaves a comment that merely mentions dwnet-ignore a plain comment', () => {
    const tokens = tokenize('{ // see dwnet-ignore whitelist-missing\n}');
    const comment = tokens.find((t) => t.text.includes('see dwnet-ignore'));
    expect(comment?.scopes).toContain('comment.line.double-slash.js.dwnet');
    expect(tokens.some((t) => t.scopes.includes('entity.name.tag.rule-code.dwnet'))).toBe(false);
  });
});
