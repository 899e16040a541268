// Issue 6: an exception in one handler is logged once and answered as an error; the
// handler (and the server) keeps serving; a cancelled request is answered as cancelled.
import { describe, expect, it } from 'vitest';
import {
  CancellationTokenSource,
  ErrorCodes,
  LSPErrorCodes,
  ResponseError,
} from 'vscode-languageserver';
import { createGuard } from '../src/guard';

const token = () => new CancellationTokenSource().token;

describe('guarded request handlers', () => {
  it('answers a throw as an internal error, logs it once, and keeps answering', async () => {
    const logged: string[] = [];
    const guarded = createGuard((message) => logged.push(message));
    let calls = 0;
    const hover = guarded('hover', (fail: boolean) => {
      calls++;
      if (fail) throw new Error('boom');
      return 'answer';
    });
    for (let i = 0; i < 3; i++) {
      const failure = await hover(true, token()).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(ResponseError);
      expect((failure as ResponseError<void>).code).toBe(ErrorCodes.InternalError);
      expect((failure as ResponseError<void>).message).toBe(
        'dwnet: hover failed (boom); details are in the dwnet output channel.',
      );
    }
    expect(await hover(false, token())).toBe('answer');
    expect(calls).toBe(4);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(/^dwnet: hover failed: Error: boom\n\s+at /);

    // Another handler's first failure is logged too.
    await guarded('rename', () => Promise.reject(new Error('no')))(undefined, token()).catch(
      () => undefined,
    );
    expect(logged).toHaveLength(2);
  });

  it('passes a deliberate error answer through as it is, without logging it', async () => {
    const logged: string[] = [];
    const guarded = createGuard((message) => logged.push(message));
    const taken = new ResponseError(ErrorCodes.InvalidRequest, "'rg-a' is already taken");
    const failure = await guarded('rename', () => {
      throw taken;
    })(undefined, token()).catch((error: unknown) => error);
    expect(failure).toBe(taken);
    expect(logged).toEqual([]);
  });

  it('answers a request cancelled before it runs as cancelled, without running it', async () => {
    const guarded = createGuard(() => undefined);
    let ran = false;
    const source = new CancellationTokenSource();
    source.cancel();
    const failure = await guarded('code lens', () => {
      ran = true;
      return [];
    })(undefined, source.token).catch((error: unknown) => error);
    expect(ran).toBe(false);
    expect((failure as ResponseError<void>).code).toBe(LSPErrorCodes.RequestCancelled);
  });
});
