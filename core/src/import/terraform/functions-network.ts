// Terraform's network functions: cidrsubnet, cidrhost, cidrnetmask, cidrsubnets.
import { type TfFunction, arg } from './functions-common';
import { importText } from '../text';
import { EvaluationError, asNumber, asString, shownText } from './values';

// ---- IPv4 arithmetic for the cidr functions ----

interface Ipv4Prefix {
  base: number;
  length: number;
}

function parseIpv4(text: string): number {
  const parts = text.split('.');
  if (parts.length !== 4 || parts.some((part) => !/^\d{1,3}$/.test(part) || Number(part) > 255))
    throw new EvaluationError(importText('importText.eval.notIpv4', { text: shownText(text) }));
  return parts.reduce((sum, part) => sum * 256 + Number(part), 0);
}

function formatIpv4(value: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(value / 2 ** shift) % 256).join('.');
}

function parsePrefix(text: string): Ipv4Prefix {
  const match = /^([^/]+)\/(\d{1,2})$/.exec(text.trim());
  if (!match || match[1]?.includes(':'))
    throw new EvaluationError(importText('importText.eval.notCidr', { text: shownText(text) }));
  const length = Number(match[2]);
  if (length > 32)
    throw new EvaluationError(
      importText('importText.eval.prefixTooLong', { text: shownText(text) }),
    );
  const address = parseIpv4(match[1] ?? '');
  const size = 2 ** (32 - length);
  return { base: address - (address % size), length };
}

function cidrsubnet(prefixText: string, newBits: number, netNumber: number): string {
  const prefix = parsePrefix(prefixText);
  const length = prefix.length + newBits;
  if (newBits < 0 || length > 32)
    throw new EvaluationError(
      importText('importText.eval.subnetBitsTooMany', {
        function: 'cidrsubnet',
        bits: newBits,
        prefix: shownText(prefixText).replace(/"/g, ''),
      }),
    );
  if (netNumber < 0 || netNumber >= 2 ** newBits)
    throw new EvaluationError(
      importText('importText.eval.subnetNumberTooLarge', { number: netNumber, bits: newBits }),
    );
  return `${formatIpv4(prefix.base + netNumber * 2 ** (32 - length))}/${length}`;
}

function cidrhost(prefixText: string, hostNumber: number): string {
  const prefix = parsePrefix(prefixText);
  const size = 2 ** (32 - prefix.length);
  const offset = hostNumber < 0 ? size + hostNumber : hostNumber;
  if (offset < 0 || offset >= size)
    throw new EvaluationError(
      importText('importText.eval.hostOutside', {
        number: hostNumber,
        prefix: shownText(prefixText).replace(/"/g, ''),
      }),
    );
  return formatIpv4(prefix.base + offset);
}

export const NETWORK_FUNCTIONS: Record<string, TfFunction> = {
  cidrsubnet: (a) => cidrsubnet(asString(arg(a, 0)), asNumber(arg(a, 1)), asNumber(arg(a, 2))),
  cidrhost: (a) => cidrhost(asString(arg(a, 0)), asNumber(arg(a, 1))),
  cidrnetmask: (a) => {
    const prefix = parsePrefix(asString(arg(a, 0)));
    return formatIpv4(2 ** 32 - 2 ** (32 - prefix.length));
  },
  cidrsubnets: (a) => {
    const prefixText = asString(arg(a, 0));
    const prefix = parsePrefix(prefixText);
    let cursor = prefix.base;
    return a.slice(1).map((bits) => {
      const length = prefix.length + asNumber(bits);
      if (length > 32)
        throw new EvaluationError(
          importText('importText.eval.subnetBitsTooMany', {
            function: 'cidrsubnets',
            bits: asNumber(bits),
            prefix: prefixText,
          }),
        );
      const size = 2 ** (32 - length);
      cursor = Math.ceil(cursor / size) * size;
      if (cursor + size > prefix.base + 2 ** (32 - prefix.length))
        throw new EvaluationError(
          importText('importText.eval.subnetsNoSpace', {
            prefix: shownText(prefixText).replace(/"/g, ''),
          }),
        );
      const result = `${formatIpv4(cursor)}/${length}`;
      cursor += size;
      return result;
    });
  },
};
