// The tree-sitter concrete syntax tree → hcl.ts's small syntax tree: bodies, blocks,
// expressions, traversals, templates, template directives and heredocs.
import type { Body, Expr, Node, ObjectItem, Step, TemplatePart } from './hcl';
import {
  BINARY_PRECEDENCE,
  type OperationToken,
  parseOperation,
  rightAssociate,
} from './hcl-operators';

const NOTHING: Expr = { kind: 'literal', value: null, from: 0 };

function named(node: Node, type: string): Node | undefined {
  return node.namedChildren.find((child): child is Node => child?.type === type);
}

function allNamed(node: Node, type: string): Node[] {
  return node.namedChildren.filter((child): child is Node => child?.type === type);
}

export class CstReader {
  constructor(private readonly text: string) {}

  body(node: Node, topLevel = false): Body {
    const body: Body = { attributes: [], blocks: [] };
    for (const child of node.namedChildren) {
      if (!child || (topLevel && (child.hasError || child.isMissing))) continue;
      const line = child.startPosition.row + 1;
      if (child.type === 'attribute') {
        const name = named(child, 'identifier');
        const expr = named(child, 'expression');
        if (name && expr)
          body.attributes.push({ name: name.text, expr: this.expression(expr), line });
      } else if (child.type === 'block') {
        const [type, ...labels] = child.namedChildren.filter(
          (c): c is Node => c?.type === 'identifier' || c?.type === 'string_lit',
        );
        if (!type) continue;
        const inner = named(child, 'body');
        body.blocks.push({
          type: type.text,
          labels: labels.map((label) =>
            label.type === 'string_lit' ? this.stringLiteral(label) : label.text,
          ),
          body: inner ? this.body(inner) : { attributes: [], blocks: [] },
          line,
        });
      }
    }
    return body;
  }

  /** An `expression` node, or any node that stands for one (an operand, a primary). */
  expression(node: Node): Expr {
    const tokens: OperationToken[] = [];
    this.flatten(node, tokens);
    return parseOperation(tokens, node.startIndex);
  }

  /** Operands, operators and postfix traversals of an expression, in source order. */
  private flatten(node: Node, tokens: OperationToken[]): void {
    switch (node.type) {
      case 'expression':
      case 'operation':
      case 'binary_operation':
      case 'unary_operation': {
        const children = node.children.filter((child): child is Node => child !== null);
        for (let i = 0; i < children.length; i++) {
          const child = children[i] as Node;
          if (child.type === '(') {
            // A parenthesised expression is one operand; its operations stay inside.
            const inner = children[i + 1];
            if (inner?.type === 'expression')
              tokens.push({ operand: this.expression(inner), postfix: [] });
            i += 2;
            continue;
          }
          if (child.type === 'comment') continue;
          if (!child.isNamed) {
            if (child.type in BINARY_PRECEDENCE || child.type === '!')
              tokens.push({ op: child.type, from: child.startIndex });
            continue;
          }
          this.flatten(child, tokens);
        }
        return;
      }
      case 'get_attr':
      case 'index':
      case 'splat': {
        const last = tokens[tokens.length - 1];
        if (last && 'operand' in last) last.postfix.push(...this.steps(node));
        return;
      }
      case 'comment':
        return;
      default:
        tokens.push({ operand: this.primary(node), postfix: [] });
    }
  }

  private steps(node: Node): Step[] {
    if (node.type === 'get_attr') return [{ attr: named(node, 'identifier')?.text ?? '' }];
    if (node.type === 'splat') {
      const inner = node.namedChildren[0];
      const rest = inner
        ? inner.namedChildren.filter((c): c is Node => c !== null).flatMap((c) => this.steps(c))
        : [];
      return [{ splat: true }, ...rest];
    }
    const legacy = named(node, 'legacy_index');
    if (legacy)
      return [
        {
          index: {
            kind: 'literal',
            value: Number(legacy.text.replace(/^\./, '')),
            from: legacy.startIndex,
          },
        },
      ];
    const inner = named(node, 'new_index');
    const expression = inner ? named(inner, 'expression') : undefined;
    return [{ index: expression ? this.expression(expression) : NOTHING }];
  }

  private primary(node: Node): Expr {
    const from = node.startIndex;
    switch (node.type) {
      case 'literal_value': {
        const inner = node.namedChildren[0];
        if (!inner) return { kind: 'literal', value: null, from };
        if (inner.type === 'numeric_lit')
          return { kind: 'literal', value: Number(inner.text), from };
        if (inner.type === 'bool_lit')
          return { kind: 'literal', value: inner.text === 'true', from };
        if (inner.type === 'string_lit')
          return { kind: 'literal', value: this.stringLiteral(inner), from };
        return { kind: 'literal', value: null, from };
      }
      case 'variable_expr':
        return { kind: 'variable', name: node.text, from };
      case 'template_expr': {
        const inner = node.namedChildren[0];
        if (inner?.type === 'heredoc_template')
          return { kind: 'template', parts: this.heredoc(inner), from };
        return { kind: 'template', parts: inner ? this.templateParts(inner, true) : [], from };
      }
      case 'function_call': {
        const argumentList = named(node, 'function_arguments');
        const open = node.text.indexOf('(');
        return {
          kind: 'call',
          name: (open < 0 ? node.text : node.text.slice(0, open)).replace(/\s+/g, ''),
          args: argumentList
            ? allNamed(argumentList, 'expression').map((e) => this.expression(e))
            : [],
          expandLast: argumentList ? named(argumentList, 'ellipsis') !== undefined : false,
          from,
        };
      }
      case 'collection_value': {
        const inner = node.namedChildren[0];
        if (inner?.type === 'tuple')
          return {
            kind: 'tuple',
            items: allNamed(inner, 'expression').map((e) => this.expression(e)),
            from,
          };
        const items: ObjectItem[] = [];
        for (const element of inner ? allNamed(inner, 'object_elem') : []) {
          const key = element.childForFieldName('key');
          const value = element.childForFieldName('val');
          if (key && value) items.push({ key: this.objectKey(key), value: this.expression(value) });
        }
        return { kind: 'object', items, from };
      }
      case 'for_expr':
        return this.forExpression(node);
      case 'conditional': {
        const parts = allNamed(node, 'expression');
        const [condition, then, otherwise] = parts.map((e) => this.expression(e));
        // The grammar nests `a ? b : c ? d : e` as `(a ? b : c) ? d : e`; HCL's conditional
        // is right-associative, so an unparenthesised conditional condition is re-associated.
        const conditionNode = parts[0];
        const bare =
          conditionNode?.children.length === 1 && conditionNode.children[0]?.type === 'conditional';
        if (bare && condition?.kind === 'conditional')
          return rightAssociate(condition, then ?? NOTHING, otherwise ?? NOTHING);
        return {
          kind: 'conditional',
          condition: condition ?? NOTHING,
          then: then ?? NOTHING,
          otherwise: otherwise ?? NOTHING,
          from,
        };
      }
      default:
        return { kind: 'literal', value: null, from };
    }
  }

  /** A bare identifier key (`name = 1`) is the string itself; `(expr)` and others evaluate. */
  private objectKey(key: Node): Expr {
    const children = key.children.filter((c): c is Node => c !== null);
    const only = children[0];
    if (children.length === 1 && only?.type === 'variable_expr')
      return { kind: 'literal', value: only.text, from: only.startIndex };
    return this.expression(key);
  }

  private forExpression(node: Node): Expr {
    const form = node.namedChildren[0];
    if (!form) return NOTHING;
    const intro = named(form, 'for_intro');
    const names = intro ? allNamed(intro, 'identifier').map((n) => n.text) : [];
    const collection = intro ? named(intro, 'expression') : undefined;
    const bodies = allNamed(form, 'expression');
    const conditionNode = named(form, 'for_cond');
    const condition = conditionNode ? named(conditionNode, 'expression') : undefined;
    const isObject = form.type === 'for_object_expr';
    const keyNode = isObject ? bodies[0] : undefined;
    const valueNode = isObject ? bodies[1] : bodies[0];
    return {
      kind: 'for',
      keyVar: names.length > 1 ? names[0] : undefined,
      valueVar: names.length > 1 ? (names[1] ?? '') : (names[0] ?? ''),
      collection: collection ? this.expression(collection) : NOTHING,
      keyExpr: keyNode ? this.expression(keyNode) : undefined,
      valueExpr: valueNode ? this.expression(valueNode) : NOTHING,
      condition: condition ? this.expression(condition) : undefined,
      grouping: isObject && named(form, 'ellipsis') !== undefined,
      from: node.startIndex,
    };
  }

  stringLiteral(node: Node): string {
    return this.templateParts(node, true)
      .map((part) => (typeof part === 'string' ? part : ''))
      .join('');
  }

  /**
   * The parts of a quoted template or string literal. Literal text is taken from the source
   * between the interpolations and directives (the grammar's literal nodes leave out
   * whitespace in places).
   */
  private templateParts(node: Node, quoted: boolean): TemplatePart[] {
    const children = node.namedChildren.filter((c): c is Node => c !== null);
    const open = children.find(
      (c) => c.type === 'quoted_template_start' || c.type === 'heredoc_identifier',
    );
    const close = [...children]
      .reverse()
      .find((c) => c.type === 'quoted_template_end' || c.type === 'heredoc_identifier');
    const from = open ? open.endIndex : node.startIndex;
    const to = close && close !== open ? close.startIndex : node.endIndex;
    return this.partsBetween(children, from, to, quoted);
  }

  private partsBetween(
    children: Node[],
    from: number,
    to: number,
    quoted: boolean,
  ): TemplatePart[] {
    const parts: TemplatePart[] = [];
    let cursor = from;
    for (const child of children) {
      if (child.startIndex < from || child.endIndex > to) continue;
      if (child.type !== 'template_interpolation' && child.type !== 'template_directive') continue;
      if (child.startIndex > cursor) parts.push(this.literal(cursor, child.startIndex, quoted));
      if (child.type === 'template_interpolation') {
        const inner = named(child, 'expression');
        parts.push({ interpolation: inner ? this.expression(inner) : NOTHING });
      } else {
        const directive = child.namedChildren[0];
        if (directive) parts.push(this.directive(directive, quoted));
      }
      cursor = child.endIndex;
    }
    if (to > cursor) parts.push(this.literal(cursor, to, quoted));
    return parts;
  }

  /** Literal template text; a strip marker (`~}` before, `\${~` or `%{~` after) trims its whitespace. */
  private literal(from: number, to: number, quoted: boolean): string {
    let text = unescapeLiteral(this.text.slice(from, to), quoted);
    if (this.text.slice(from - 2, from) === '~}') text = text.trimStart();
    if (/^[$%]\{~/.test(this.text.slice(to, to + 3))) text = text.trimEnd();
    return text;
  }

  private directive(node: Node, quoted: boolean): TemplatePart {
    const children = node.namedChildren.filter((c): c is Node => c !== null);
    if (node.type === 'template_for') {
      const start = named(node, 'template_for_start');
      const end = named(node, 'template_for_end');
      const names = start ? allNamed(start, 'identifier').map((n) => n.text) : [];
      const collection = start ? named(start, 'expression') : undefined;
      return {
        for: {
          keyVar: names.length > 1 ? names[0] : undefined,
          valueVar: names.length > 1 ? (names[1] ?? '') : (names[0] ?? ''),
          collection: collection ? this.expression(collection) : NOTHING,
          body: this.partsBetween(
            children,
            start?.endIndex ?? node.startIndex,
            end?.startIndex ?? node.endIndex,
            quoted,
          ),
        },
      };
    }
    const intro = named(node, 'template_if_intro');
    const otherwiseIntro = named(node, 'template_else_intro');
    const end = named(node, 'template_if_end');
    const condition = intro ? named(intro, 'expression') : undefined;
    const bodyEnd = end?.startIndex ?? node.endIndex;
    return {
      if: condition ? this.expression(condition) : NOTHING,
      then: this.partsBetween(
        children,
        intro?.endIndex ?? node.startIndex,
        otherwiseIntro?.startIndex ?? bodyEnd,
        quoted,
      ),
      otherwise: otherwiseIntro
        ? this.partsBetween(children, otherwiseIntro.endIndex, bodyEnd, quoted)
        : [],
    };
  }

  private heredoc(node: Node): TemplatePart[] {
    const stripIndent = (named(node, 'heredoc_start')?.text ?? '').includes('-');
    const parts = this.templateParts(node, false);
    // The content starts after the newline that ends the opening line and keeps its last
    // newline; the indentation before the closing marker is not content.
    const first = parts[0];
    if (typeof first === 'string') parts[0] = first.replace(/^\r?\n/, '');
    const lastIndex = parts.length - 1;
    const last = parts[lastIndex];
    if (typeof last === 'string') parts[lastIndex] = last.replace(/[ \t]*$/, '');
    if (!stripIndent) return parts;
    // `<<-`: remove the indentation common to every line of literal text.
    const lines = parts
      .filter((part): part is string => typeof part === 'string')
      .join('')
      .split('\n');
    const indents = lines
      .filter((line) => line.trim() !== '')
      .map((line) => /^[ \t]*/.exec(line)?.[0].length ?? 0);
    const common = indents.length > 0 ? Math.min(...indents) : 0;
    if (common === 0) return parts;
    let atLineStart = true;
    return parts.map((part) => {
      if (typeof part !== 'string') {
        atLineStart = false;
        return part;
      }
      const stripped = part
        .split('\n')
        .map((line, i) =>
          i > 0 || atLineStart
            ? line.slice(Math.min(common, /^[ \t]*/.exec(line)?.[0].length ?? 0))
            : line,
        )
        .join('\n');
      atLineStart = part.endsWith('\n');
      return stripped;
    });
  }
}

function unescapeLiteral(raw: string, quoted: boolean): string {
  let text = raw.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{');
  if (!quoted) return text;
  text = text.replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g, (_match, escape: string) => {
    switch (escape[0]) {
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 't':
        return '\t';
      case 'u':
      case 'U':
        return String.fromCodePoint(parseInt(escape.slice(1), 16));
      default:
        return escape;
    }
  });
  return text;
}
