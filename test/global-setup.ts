// Bundles dist/ once before any test file runs: the CLI and protocol tests run the
// bundles as users do (type checking stays `tsc -b`'s job).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export default function setup(): void {
  const root = join(__dirname, '..');
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`bundling dist/ failed:\n${build.stdout}${build.stderr}`);
}
