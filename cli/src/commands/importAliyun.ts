// `dwnet import aliyun`'s side of the CLI: which files of the folder are read (saved API
// responses are JSON files named after the operation), the importer itself
// (core/src/import/aliyun/) and the collector's commands for `--print-commands`.
export { aliyunCollectionCommands as aliyunCommands, importAliyun } from '../../../core/src/index';

/** Saved API responses are JSON files named after the operation (`DescribeVpcs.json`, …). */
export function aliyunFilesWanted(relativePath: string): boolean {
  return /\.json$/i.test(relativePath);
}
