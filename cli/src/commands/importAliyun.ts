// The seam between `dwnet import aliyun` and the Alibaba Cloud API importer
// (core/src/import/aliyun/, the aliyun engineer's). Until it is merged, the subcommand
// says clearly that it is not available, and reads nothing.
import type { ImportedTopology } from '../../../core/src/index';

/** Saved API responses are JSON files named after the operation. */
export function aliyunFilesWanted(relativePath: string): boolean {
  return /\.json$/i.test(relativePath);
}

export function importAliyun(_files: ReadonlyMap<string, string>): ImportedTopology {
  return {
    collections: {},
    notes: [
      {
        level: 'error',
        message:
          '`dwnet import aliyun` is not available in this build yet; use `dwnet import terraform`',
      },
    ],
    summary: { imported: {}, skipped: {}, unresolved: 0 },
  };
}

export function aliyunCommands(): string {
  return '# `dwnet import aliyun --print-commands` is not available in this build yet.\n';
}
