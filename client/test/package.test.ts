// The .vsix holds exactly the files VS Code needs (.vscodeignore). Listed with the same
// vsce that `npm run package` uses, which runs on Node ≥ 22 from a cache outside the clone
// (scripts/package.mjs); without that cache the test is skipped and says why.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../..');

const EXPECTED = [
  'CHANGELOG.md',
  'LICENSE',
  'README.md',
  'dist/diagram.js',
  'dist/elk-worker.min.js',
  'dist/extension.js',
  'dist/server.js',
  'dist/tree-sitter-hcl.wasm',
  'dist/web-tree-sitter.wasm',
  'images/icon.png',
  'language-configuration.json',
  'package.json',
  'schemas/dwnet.config.schema.json',
  'schemas/dwnet.schema.json',
  'syntaxes/dwnet.tmLanguage.json',
];

interface Tools {
  node: string;
  vsce: string;
}
interface PackageScript {
  findTools(): Tools | { reason: string };
  vsce(tools: Tools, args: string[], options: { capture: boolean }): string;
}

async function loadScript(): Promise<PackageScript> {
  const url = pathToFileURL(join(ROOT, 'scripts/package.mjs')).href;
  return (await import(url)) as PackageScript;
}

/** Why vsce cannot run here, or undefined when it can. */
function whyNotListed(script: PackageScript): string | undefined {
  const tools = script.findTools();
  if ('reason' in tools) return `${tools.reason}; \`npm run package\` installs the tools once`;
  const built = ['dist/extension.js', 'dist/server.js'].every((f) => existsSync(join(ROOT, f)));
  return built ? undefined : 'dist/ is not built (npm run build)';
}

describe('vsix contents', () => {
  it("vsce lists exactly the extension's files", async (context) => {
    const script = await loadScript();
    const reason = whyNotListed(script);
    if (reason) context.skip(reason);
    const listed = script
      .vsce(script.findTools() as Tools, ['ls', '--no-dependencies'], { capture: true })
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line.length > 0);
    expect(listed.sort()).toEqual(EXPECTED);
  });

  const version = (
    JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      version: string;
    }
  ).version;
  const vsix = join(ROOT, `dwnet-${version}.vsix`);
  // A package older than the rules that made it would test nothing current.
  const fresh =
    existsSync(vsix) &&
    ['.vscodeignore', 'package.json'].every(
      (f) => statSync(join(ROOT, f)).mtimeMs <= statSync(vsix).mtimeMs,
    );

  it.skipIf(!fresh)(
    `the packaged ${`dwnet-${version}.vsix`} holds the same files${fresh ? '' : ' (skipped: no up-to-date .vsix; npm run package)'}`,
    () => {
      const entries = zipEntries(readFileSync(vsix));
      const files = entries.filter((e) => e.startsWith('extension/')).map((e) => e.slice(10));
      // vsce renames the documents it packages.
      const renamed: Record<string, string> = {
        LICENSE: 'LICENSE.txt',
        'README.md': 'readme.md',
        'CHANGELOG.md': 'changelog.md',
      };
      expect(files.sort()).toEqual(EXPECTED.map((f) => renamed[f] ?? f).sort());
      expect(entries).toContain('extension.vsixmanifest');
      const manifest = JSON.parse(readZipEntry(readFileSync(vsix), 'extension/package.json'));
      expect(manifest.main).toBe('./dist/extension.js');
    },
  );
});

/** The names in a zip's central directory. */
function zipEntries(zip: Buffer): string[] {
  return centralDirectory(zip).map((entry) => entry.name);
}

function readZipEntry(zip: Buffer, name: string): string {
  const entry = centralDirectory(zip).find((e) => e.name === name);
  if (!entry) throw new Error(`${name} is not in the package`);
  const local = entry.localOffset;
  const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
  const data = zip.subarray(start, start + entry.compressedSize);
  return (entry.method === 8 ? inflateRawSync(data) : data).toString('utf8');
}

function centralDirectory(zip: Buffer) {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('not a zip file');
  const count = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  const entries: { name: string; method: number; compressedSize: number; localOffset: number }[] =
    [];
  for (let i = 0; i < count; i++) {
    const nameLength = zip.readUInt16LE(offset + 28);
    entries.push({
      method: zip.readUInt16LE(offset + 10),
      compressedSize: zip.readUInt32LE(offset + 20),
      localOffset: zip.readUInt32LE(offset + 42),
      name: zip.toString('utf8', offset + 46, offset + 46 + nameLength),
    });
    offset += 46 + nameLength + zip.readUInt16LE(offset + 30) + zip.readUInt16LE(offset + 32);
  }
  return entries;
}
