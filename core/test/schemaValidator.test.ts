// The schema validator the bundles and these tests run is ajv's standalone code, generated
// from schemas/dwnet.schema.json at build time (scripts/schemaValidator.mjs). It must find
// exactly what ajv finds when it compiles the schema in the process, as dwnet did before:
// compared here on every stored topology and on copies broken in the ways users break them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import { parse } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import schema from '../../schemas/dwnet.schema.json';
import { schemaValidator } from '../src/schemaValidator';
import { brokenCopies, type Json } from './brokenCopies';

const ROOT = join(__dirname, '../..');

function topologyFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.dwnet.json'))
    .map((name) => join(folder, name));
}

const FILES = [...topologyFiles('examples'), ...topologyFiles('test/fixtures')];

const compiledInProcess: ValidateFunction = new Ajv({
  allErrors: true,
  strict: false,
  verbose: true,
}).compile(schema);

function errorsOf(validate: ValidateFunction, value: unknown): unknown {
  validate(value);
  return validate.errors ?? [];
}

const TOO_DEEP = Symbol('too deep');

function plainValueOf(file: string): unknown {
  try {
    return parse(readFileSync(join(ROOT, file), 'utf8'));
  } catch (error) {
    if (error instanceof RangeError) return TOO_DEEP;
    throw error;
  }
}

describe('the precompiled schema validator', () => {
  it('is the generated standalone code, not a compilation at start-up', () => {
    expect(String(schemaValidator)).toContain('return validate;');
    expect(String(schemaValidator)).not.toContain('Ajv');
  });

  it('finds what ajv compiling the schema finds, on every stored topology', () => {
    expect(FILES.length).toBeGreaterThan(100);
    for (const file of FILES) {
      const value = plainValueOf(file);
      // dwnet does not validate a document nested deeper than it parses (bad-input/).
      if (value === TOO_DEEP) continue;
      expect(errorsOf(schemaValidator(), value), file).toEqual(errorsOf(compiledInProcess, value));
    }
  });

  it('finds what ajv compiling the schema finds, on the examples broken everywhere', () => {
    let compared = 0;
    for (const file of topologyFiles('examples')) {
      const value = parse(readFileSync(join(ROOT, file), 'utf8')) as Json;
      for (const copy of brokenCopies(value)) {
        const errors = errorsOf(compiledInProcess, copy);
        expect(errorsOf(schemaValidator(), copy), file).toEqual(errors);
        compared += (errors as unknown[]).length;
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });
});
