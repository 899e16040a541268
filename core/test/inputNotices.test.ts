// The notices about input files (encoding-invalid, file-unreadable): where the first bad
// byte of a file that is not UTF-8 is, and that they stay outside the catalogue with a
// documentation page each, like the limit notices.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  INPUT_NOTICES,
  LIMIT_NOTICES,
  RULES,
  encodingInvalidNotice,
  firstInvalidUtf8Byte,
} from '../src/index';

const REPO = join(__dirname, '../..');

function utf8Valid(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

describe('firstInvalidUtf8Byte', () => {
  it('finds the start of the first ill-formed sequence', () => {
    const at = (...bytes: number[]) => firstInvalidUtf8Byte(Uint8Array.from(bytes));
    expect(at(0x7b, 0x7d)).toBe(-1);
    expect(at(0xe8, 0xae, 0xa2, 0xe5, 0x8d, 0x95)).toBe(-1); // 订单
    expect(at(0xf0, 0xa0, 0x80, 0x80)).toBe(-1); // U+20000
    expect(at(0x63, 0x61, 0x66, 0xe9, 0x0a)).toBe(3); // "café" in Latin-1
    expect(at(0x61, 0xe8, 0xae)).toBe(1); // cut off at the end of the file
    expect(at(0x61, 0xe8, 0xae, 0x61)).toBe(1); // cut off before the next character
    expect(at(0xc0, 0xaf)).toBe(0); // overlong "/"
    expect(at(0xed, 0xa0, 0x80)).toBe(0); // a surrogate
    expect(at(0xf4, 0x90, 0x80, 0x80)).toBe(0); // above U+10FFFF
    expect(at(0xff, 0xfe, 0x7b, 0x00)).toBe(0); // UTF-16 LE
    expect(at(0x80)).toBe(0); // a lone continuation byte
  });

  it('agrees with the platform decoder, and the lenient decoding starts replacing there', () => {
    const bytes = fc.uint8Array({ maxLength: 24 }).chain((random) =>
      // Mostly well-formed text with a few bytes spliced in, so that both cases occur.
      fc
        .tuple(fc.string({ unit: 'grapheme', maxLength: 8 }), fc.nat({ max: 8 }))
        .map(([text, cut]) => {
          const valid = new TextEncoder().encode(text);
          const at = Math.min(cut, valid.length);
          return Uint8Array.from([
            ...valid.subarray(0, at),
            ...random.subarray(0, 3),
            ...valid.subarray(at),
          ]);
        }),
    );
    fc.assert(
      fc.property(bytes, (input) => {
        const bad = firstInvalidUtf8Byte(input);
        expect(bad === -1).toBe(utf8Valid(input));
        if (bad === -1) return;
        expect(utf8Valid(input.subarray(0, bad))).toBe(true);
        const lenient = new TextDecoder('utf-8').decode(input);
        const prefix = new TextDecoder('utf-8').decode(input.subarray(0, bad));
        expect(lenient.startsWith(`${prefix}\ufffd`)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('input notices', () => {
  it('are errors outside the catalogue, each with a documentation page', () => {
    const codes = new Set([...RULES, ...LIMIT_NOTICES].map((r) => r.code));
    expect(INPUT_NOTICES.map((n) => [n.code, n.defaultSeverity, codes.has(n.code)])).toEqual([
      ['encoding-invalid', 'error', false],
      ['file-unreadable', 'error', false],
    ]);
    for (const { code } of INPUT_NOTICES) {
      const page = join(REPO, 'docs/rules', `${code}.md`);
      expect(existsSync(page), page).toBe(true);
      expect(readFileSync(page, 'utf8').startsWith(`# ${code}\n`)).toBe(true);
    }
  });

  it('name a UTF-16 file as such', () => {
    const notice = encodingInvalidNotice({ byteOffset: 0, byte: 0xff, offset: 0, utf16: true });
    expect(notice).toMatchObject({
      code: 'encoding-invalid',
      severity: 'error',
      offset: 0,
      length: 1,
    });
    expect(notice.message).toContain('UTF-16');
  });
});
