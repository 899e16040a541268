// HCL's binary operators: the precedence table, and the re-parsing of the flat list of operands
// and operators the reader makes (hcl.ts says why it is flattened).
import type { Expr, Step } from './hcl';

/** Operator precedence of HCL (hashicorp/hcl hclsyntax spec), higher binds tighter. */
export const BINARY_PRECEDENCE: Record<string, number> = {
  '||': 1,
  '&&': 2,
  '==': 3,
  '!=': 3,
  '<': 4,
  '<=': 4,
  '>': 4,
  '>=': 4,
  '+': 5,
  '-': 5,
  '*': 6,
  '/': 6,
  '%': 6,
};

export type OperationToken = { op: string; from: number } | { operand: Expr; postfix: Step[] };

/** `(a ? b : c) ? d : e` read as HCL does: `a ? b : (c ? d : e)`. */
export function rightAssociate(
  inner: Extract<Expr, { kind: 'conditional' }>,
  then: Expr,
  otherwise: Expr,
): Expr {
  const tail: Expr =
    inner.otherwise.kind === 'conditional'
      ? rightAssociate(inner.otherwise, then, otherwise)
      : {
          kind: 'conditional',
          condition: inner.otherwise,
          then,
          otherwise,
          from: inner.otherwise.from,
        };
  return {
    kind: 'conditional',
    condition: inner.condition,
    then: inner.then,
    otherwise: tail,
    from: inner.from,
  };
}

export function parseOperation(tokens: OperationToken[], from: number): Expr {
  let position = 0;
  const withPostfix = (token: { operand: Expr; postfix: Step[] }): Expr =>
    token.postfix.length === 0
      ? token.operand
      : { kind: 'traverse', target: token.operand, steps: token.postfix, from: token.operand.from };
  const unary = (): Expr => {
    const token = tokens[position++];
    if (!token) return { kind: 'literal', value: null, from };
    if ('op' in token) return { kind: 'unary', op: token.op, operand: unary(), from: token.from };
    return withPostfix(token);
  };
  const binary = (minimum: number): Expr => {
    let left = unary();
    for (;;) {
      const token = tokens[position];
      if (!token || !('op' in token)) return left;
      const precedence = BINARY_PRECEDENCE[token.op] ?? 0;
      if (precedence < minimum) return left;
      position++;
      const right = binary(precedence + 1);
      left = { kind: 'binary', op: token.op, left, right, from: left.from };
    }
  };
  return binary(1);
}
