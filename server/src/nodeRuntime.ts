// The Node.js host: file access for dwnet.config.json and workspace checks.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Runtime } from './runtime';

const MAX_FILES = 10_000;

async function walk(folder: string, found: string[]): Promise<void> {
  if (found.length >= MAX_FILES) return;
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) await walk(path, found);
    else if (entry.isFile() && entry.name.endsWith('.dwnet.json')) found.push(path);
  }
}

export const nodeRuntime: Runtime = {
  async readFile(path) {
    try {
      return await readFile(path, 'utf8');
    } catch {
      return undefined;
    }
  },
  async fileStamp(path) {
    try {
      const stats = await stat(path);
      return `${stats.mtimeMs}:${stats.size}`;
    } catch {
      return undefined;
    }
  },
  async findTopologies(folder) {
    const found: string[] = [];
    await walk(folder, found);
    return found.sort();
  },
  async readBundledFile(name) {
    try {
      return await readFile(join(__dirname, name));
    } catch {
      return undefined;
    }
  },
  setTimeout(callback, ms) {
    const handle = setTimeout(callback, ms);
    return { dispose: () => clearTimeout(handle) };
  },
};
