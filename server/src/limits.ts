// The file size limit in the server (`dwnet.maxFileSize`): checked before the analysis
// cache is asked for anything, so a file above the limit is never parsed. Diagnostics
// show its one `file-too-large` notice; every other feature answers with nothing.
import { fileSizeNotice, type Finding, type ValidateOptions } from '../../core/src/index';
import type { ServerContext } from './context';

/** The last answer per document: the size only changes with the version. */
const checked = new Map<string, { version: number; limit: unknown; notice: Finding | undefined }>();

/** The `file-too-large` notice of an open document under `options`, or undefined. */
export function sizeNotice(
  context: ServerContext,
  uri: string,
  options: ValidateOptions,
): Finding | undefined {
  const document = context.documents.get(uri);
  if (!document) {
    checked.delete(uri);
    return undefined;
  }
  const cached = checked.get(uri);
  if (cached && cached.version === document.version && cached.limit === options.maxFileSize)
    return cached.notice;
  const notice = fileSizeNotice(document.getText(), options);
  checked.set(uri, { version: document.version, limit: options.maxFileSize, notice });
  return notice;
}

/** Whether an open document is above the size limit of its settings. */
export async function tooLarge(context: ServerContext, uri: string): Promise<boolean> {
  if (!context.documents.get(uri)) return false;
  const options = await context.settings.optionsFor(uri);
  return sizeNotice(context, uri, options) !== undefined;
}

/** Forgets a closed document. */
export function forgetSize(uri: string): void {
  checked.delete(uri);
}
