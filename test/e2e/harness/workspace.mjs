// The folders the runs open. Each is assembled afresh in the scratch folder, because the
// tests edit and save files: test/e2e/workspace/ (committed), plus the bundled examples and
// the quick-fix before/after pairs copied from where they live, so that the editor is tested
// on exactly the files the CLI and the unit tests use.
import { cpSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../build.mjs';

/** Creates `target` with the e2e workspace's files; returns `target`. */
export function assembleWorkspace(target) {
  mkdirSync(target, { recursive: true });
  cpSync(join(ROOT, 'test/e2e/workspace'), target, { recursive: true });
  const examples = join(target, 'examples');
  mkdirSync(examples, { recursive: true });
  for (const name of readdirSync(join(ROOT, 'examples'))) {
    if (name.endsWith('.dwnet.json')) cpSync(join(ROOT, 'examples', name), join(examples, name));
  }
  cpSync(join(ROOT, 'test/fixtures/fixes'), join(target, 'fixes'), { recursive: true });
  return target;
}
