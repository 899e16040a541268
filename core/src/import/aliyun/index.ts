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
export function importAliyun(files: Map<string, string>): ImportedTopology {
  return new AliyunMapper(readResponses(files)).map();
}
