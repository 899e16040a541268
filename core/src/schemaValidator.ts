// The compiled validator of schemas/dwnet.schema.json. The bundles and the test run never
// load this body: scripts/schemaValidator.mjs replaces the module with ajv's standalone
// code, generated from the schema when they are built, so no process compiles the schema
// or loads ajv's compiler at start-up. This body is the fallback for any other loader
// (ts-node, a bundler without the plugin): the same schema, compiled with the same options.
import Ajv, { type ValidateFunction } from 'ajv';
import schema from '../../schemas/dwnet.schema.json';

let compiled: ValidateFunction | undefined;

export function schemaValidator(): ValidateFunction {
  compiled ??= new Ajv({ allErrors: true, strict: false, verbose: true }).compile(schema);
  return compiled;
}
