// The CLI's version and home page, read from the package's own package.json at run
// time (dist/cli.js sits one folder below it, cli/src two).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface PackageInfo {
  version: string;
  homepage: string;
}

const FALLBACK: PackageInfo = { version: '0.0.0', homepage: 'https://github.com/dwnet/dwnet' };

let cached: PackageInfo | undefined;

function repositoryUrl(manifest: Record<string, unknown>): string | undefined {
  if (typeof manifest['homepage'] === 'string') return manifest['homepage'];
  const repository = manifest['repository'];
  const url =
    typeof repository === 'string'
      ? repository
      : typeof repository === 'object' && repository !== null
        ? (repository as Record<string, unknown>)['url']
        : undefined;
  if (typeof url !== 'string') return undefined;
  return url.replace(/^git\+/, '').replace(/\.git$/, '');
}

export function packageInfo(): PackageInfo {
  if (cached !== undefined) return cached;
  let dir = __dirname;
  for (let depth = 0; depth < 6; depth++) {
    try {
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Record<
        string,
        unknown
      >;
      if (manifest['name'] === 'dwnet') {
        cached = {
          version: typeof manifest['version'] === 'string' ? manifest['version'] : FALLBACK.version,
          homepage: repositoryUrl(manifest) ?? FALLBACK.homepage,
        };
        return cached;
      }
    } catch {
      // Not here (or unreadable): look one folder up.
    }
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  cached = FALLBACK;
  return cached;
}
