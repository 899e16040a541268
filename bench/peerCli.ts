// The peer as a command, for the bench's cold-process rows: what an editor's own JSON
// support does with a file (vscode-json-languageservice parsing it and validating it
// against dwnet's schema), started as a fresh process and printing its diagnostics as
// JSON, as `dwnet check --format json` does. `npm run bench` bundles it next to its own.
import { readFileSync } from 'node:fs';
import { getLanguageService } from 'vscode-json-languageservice';
import { TextDocument } from 'vscode-languageserver-textdocument';
import schema from '../schemas/dwnet.schema.json';

async function main(): Promise<void> {
  const file = process.argv[2];
  if (file === undefined) throw new Error('usage: peer <file>');
  const service = getLanguageService({
    schemaRequestService: () => Promise.reject(new Error('offline')),
  });
  service.configure({
    allowComments: true,
    validate: true,
    schemas: [{ uri: 'dwnet://schema', fileMatch: ['*'], schema: schema as object }],
  });
  const document = TextDocument.create(`file://${file}`, 'json', 1, readFileSync(file, 'utf8'));
  const diagnostics = await service.doValidation(document, service.parseJSONDocument(document), {
    comments: 'ignore',
    trailingCommas: 'ignore',
  });
  process.stdout.write(`${JSON.stringify({ file, diagnostics }, null, 2)}\n`);
}

void main();
