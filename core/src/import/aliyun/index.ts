// `dwnet import aliyun <dir>`: a directory of saved Alibaba Cloud and DataWorks API responses
// (as the `aliyun` CLI prints them; scripts/collect-aliyun.sh saves them) → a topology.
// Takes the files' contents, does no IO (core/ never does).
import type { ImportedTopology } from '../topology';
import { AliyunMapper } from './map';
import { readResponses } from './responses';

export {
  aliyunCollectionCommands,
  aliyunCollectionPolicy,
  aliyunCollectionScript,
} from './collect';

/**
 * Maps saved API responses to a topology. `files` maps each path relative to the imported
 * directory (`cn-hangzhou/DescribeVpcs.json`, `DescribeVpcs.2.json`,
 * `DescribeSnatTableEntries.ngw-x.json`) to its text; files that are not `.json` are ignored.
 */
export function importAliyun(
  files: ReadonlyMap<string, string>,
  options: AliyunImportOptions = {},
): ImportedTopology {
  return new AliyunMapper(readResponses(files), options.reservedIds).map();
}

export interface AliyunImportOptions {
  /** Ids already used by a file merged into (the import gives its entities other ids). */
  reservedIds?: Iterable<string>;
}
