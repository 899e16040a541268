// Terraform evaluator: expressions (operators, templates, for-expressions, function calls).
import { importText } from '../text';
import { ModuleEvaluator } from './evaluate-modules';
import {
  AFTER_APPLY,
  NO_NETWORK_FACT_FUNCTIONS,
  type Scope,
  TEMPLATE_END,
  jsonWithOrigins,
  render,
  sameValue,
  typeWithArticle,
} from './evaluate-shared';
import { callFunction, hasFunction } from './functions';
import { type Expr, type TemplatePart, parseHcl } from './hcl';
import { isReason, REASON, type TfValue, Unknown } from './resources';
import {
  EvaluationError,
  type TfObject,
  UnknownInput,
  asBool,
  asList,
  asNumber,
  asString,
  deepEqual,
  isObject,
  known,
  shownText,
  sortedKeys,
} from './values';

export abstract class ExpressionEvaluator extends ModuleEvaluator {
  // ---- expressions ----

  /** An expression's value; unknown inputs give an unknown, never a throw. */
  evaluate(expr: Expr, scope: Scope): TfValue {
    try {
      return this.evaluateKnownInputs(expr, scope);
    } catch (error) {
      if (error instanceof UnknownInput) return error.unknown;
      throw error;
    }
  }

  protected evaluateKnownInputs(expr: Expr, scope: Scope): TfValue {
    switch (expr.kind) {
      case 'literal':
        return expr.value;
      case 'template':
        return this.template(expr.parts, scope);
      case 'variable':
        return this.traverse(expr, [], scope);
      case 'traverse':
        return this.traverse(expr.target, expr.steps, scope);
      case 'tuple':
        return expr.items.map((item) => this.evaluate(item, scope));
      case 'object': {
        const object: TfObject = {};
        for (const item of expr.items) {
          const key = this.evaluate(item.key, scope);
          object[asString(key)] = this.evaluate(item.value, scope);
        }
        return object;
      }
      case 'call':
        return this.call(expr, scope);
      case 'unary': {
        const operand = this.evaluate(expr.operand, scope);
        if (operand instanceof Unknown)
          return new Unknown(`${expr.op}${operand.origin}`, operand.reason);
        return expr.op === '!' ? !asBool(operand) : -asNumber(operand);
      }
      case 'binary':
        return this.binary(
          expr.op,
          this.evaluate(expr.left, scope),
          this.evaluate(expr.right, scope),
        );
      case 'conditional': {
        const condition = this.evaluate(expr.condition, scope);
        if (condition instanceof Unknown) {
          // Both branches alike: the condition does not matter.
          const then = this.evaluate(expr.then, scope);
          const otherwise = this.evaluate(expr.otherwise, scope);
          if (sameValue(then, otherwise)) return then;
          return new Unknown(`${condition.origin} ? … : …`, condition.reason);
        }
        return asBool(condition)
          ? this.evaluate(expr.then, scope)
          : this.evaluate(expr.otherwise, scope);
      }
      case 'for':
        return this.forExpression(expr, scope);
    }
  }

  protected binary(op: string, left: TfValue, right: TfValue): TfValue {
    if (op === '==' || op === '!=') {
      // An attribute a resource gets on apply (an id, an address) is never "" nor null, so
      // `var.vpc_id != "" ? var.vpc_id : …` keeps the reference instead of losing it.
      const [unknown, other] = left instanceof Unknown ? [left, right] : [right, left];
      if (
        unknown instanceof Unknown &&
        isReason(unknown.reason, AFTER_APPLY.key) &&
        (other === '' || other === null)
      )
        return op === '!=';
      try {
        const equal = deepEqual(left, right);
        return op === '==' ? equal : !equal;
      } catch (error) {
        if (error instanceof UnknownInput)
          return this.derived(`${render(left)} ${op} ${render(right)}`, left, right);
        throw error;
      }
    }
    if (left instanceof Unknown || right instanceof Unknown) {
      // `false && unknown` and `true || unknown` are known.
      if (op === '&&' && (left === false || right === false)) return false;
      if (op === '||' && (left === true || right === true)) return true;
      return this.derived(`${render(left)} ${op} ${render(right)}`, left, right);
    }
    switch (op) {
      case '&&':
        return asBool(left) && asBool(right);
      case '||':
        return asBool(left) || asBool(right);
      case '+':
        return asNumber(left) + asNumber(right);
      case '-':
        return asNumber(left) - asNumber(right);
      case '*':
        return asNumber(left) * asNumber(right);
      case '/':
        return asNumber(left) / asNumber(right);
      case '%':
        return asNumber(left) % asNumber(right);
      case '<':
        return asNumber(left) < asNumber(right);
      case '<=':
        return asNumber(left) <= asNumber(right);
      case '>':
        return asNumber(left) > asNumber(right);
      case '>=':
        return asNumber(left) >= asNumber(right);
    }
    throw new EvaluationError(importText('importText.eval.unknownOperator', { operator: op }));
  }

  protected derived(origin: string, ...inputs: TfValue[]): Unknown {
    const first = inputs.find((input): input is Unknown => input instanceof Unknown);
    return new Unknown(origin, first?.reason ?? REASON.dependsOnApply);
  }

  protected template(parts: TemplatePart[], scope: Scope): TfValue {
    // A template that is one interpolation is that value, of any type.
    const only = parts.length === 1 ? parts[0] : undefined;
    if (only !== undefined && typeof only !== 'string' && 'interpolation' in only)
      return this.evaluate(only.interpolation, scope);
    const pieces = this.templatePieces(parts, scope);
    const unknown = pieces.find((piece): piece is Unknown => piece instanceof Unknown);
    if (unknown)
      return new Unknown(
        pieces
          .map((piece) =>
            piece instanceof Unknown ? `\${${piece.origin}}` : shownText(piece).slice(1, -1),
          )
          .join(''),
        unknown.reason,
      );
    return pieces.join('');
  }

  protected templatePieces(parts: TemplatePart[], scope: Scope): (string | Unknown)[] {
    const pieces: (string | Unknown)[] = [];
    for (const part of parts) {
      if (typeof part === 'string') pieces.push(part);
      else if ('interpolation' in part) {
        const value = this.evaluate(part.interpolation, scope);
        if (value instanceof Unknown) pieces.push(value);
        else if (value === null)
          throw new EvaluationError(importText('importText.eval.templateNull'));
        else pieces.push(asString(value));
      } else if ('if' in part) {
        const condition = this.evaluate(part.if, scope);
        if (condition instanceof Unknown) pieces.push(condition);
        else
          pieces.push(
            ...this.templatePieces(asBool(condition) ? part.then : part.otherwise, scope),
          );
      } else {
        const collection = this.evaluate(part.for.collection, scope);
        if (collection instanceof Unknown) {
          pieces.push(collection);
          continue;
        }
        for (const [key, value] of this.iterate(collection)) {
          const bindings = new Map(scope.bindings);
          if (part.for.keyVar !== undefined) bindings.set(part.for.keyVar, key);
          bindings.set(part.for.valueVar, value);
          pieces.push(...this.templatePieces(part.for.body, { ...scope, bindings }));
        }
      }
    }
    return pieces;
  }

  protected iterate(collection: TfValue): [TfValue, TfValue][] {
    const value = known(collection);
    if (Array.isArray(value)) return value.map((item, index) => [index, item]);
    if (isObject(value)) return sortedKeys(value).map((key) => [key, value[key] ?? null]);
    throw new EvaluationError(
      importText('importText.eval.forNeedsCollection', { type: typeWithArticle(value) }),
    );
  }

  protected forExpression(expr: Extract<Expr, { kind: 'for' }>, scope: Scope): TfValue {
    const collection = this.evaluate(expr.collection, scope);
    if (collection instanceof Unknown)
      return new Unknown(`[for … in ${collection.origin}]`, collection.reason);
    const tuple: TfValue[] = [];
    const object: TfObject = {};
    const groups: Record<string, TfValue[]> = {};
    for (const [key, value] of this.iterate(collection)) {
      const bindings = new Map(scope.bindings);
      if (expr.keyVar !== undefined) bindings.set(expr.keyVar, key);
      bindings.set(expr.valueVar, value);
      const inner: Scope = { ...scope, bindings };
      if (expr.condition) {
        const keep = this.evaluate(expr.condition, inner);
        if (keep instanceof Unknown) return new Unknown(`[for … if ${keep.origin}]`, keep.reason);
        if (!asBool(keep)) continue;
      }
      const item = this.evaluate(expr.valueExpr, inner);
      if (!expr.keyExpr) {
        tuple.push(item);
        continue;
      }
      const itemKey = this.evaluate(expr.keyExpr, inner);
      const keyText = asString(itemKey);
      if (expr.grouping) (groups[keyText] ??= []).push(item);
      else {
        if (keyText in object)
          throw new EvaluationError(importText('importText.eval.forKeyTwice', { key: keyText }));
        object[keyText] = item;
      }
    }
    if (!expr.keyExpr) return tuple;
    return expr.grouping ? groups : object;
  }

  protected call(expr: Extract<Expr, { kind: 'call' }>, scope: Scope): TfValue {
    const name = expr.name.replace(/^provider::[^:]+::/, '');
    if (name === 'try' || name === 'can') {
      for (const argument of expr.args) {
        try {
          const value = this.evaluateKnownInputs(argument, scope);
          return name === 'can' ? true : value;
        } catch (error) {
          if (error instanceof UnknownInput) return error.unknown;
          if (!(error instanceof EvaluationError)) throw error;
          if (name === 'can') return false;
        }
      }
      if (name === 'can') return false;
      throw new EvaluationError(importText('importText.eval.tryFailed'));
    }
    if (name === 'templatefile') {
      const path = this.evaluate(expr.args[0] ?? { kind: 'literal', value: null, from: 0 }, scope);
      const variables = this.evaluate(
        expr.args[1] ?? { kind: 'object', items: [], from: 0 },
        scope,
      );
      if (path instanceof Unknown) return path;
      const text = this.moduleFiles.readFile(this.fromRoot(asString(path)));
      if (text === undefined)
        return new Unknown(`templatefile("${asString(path)}")`, REASON.fileMissing);
      // The file's text as a heredoc; an end mark keeps a strip marker from eating the
      // heredoc's own last newline, and both are removed after rendering.
      const parsed = parseHcl(`value = <<EOT_DWNET\n${text}${TEMPLATE_END}EOT_DWNET\n`);
      const template = parsed.body.attributes[0]?.expr;
      if (!template || parsed.error)
        throw new EvaluationError(
          importText('importText.eval.templateInvalid', { path: asString(path) }),
        );
      const bindings = new Map<string, TfValue>();
      if (isObject(variables))
        for (const [key, value] of Object.entries(variables)) bindings.set(key, value);
      const result = this.evaluate(template, { module: scope.module, file: scope.file, bindings });
      if (result instanceof Unknown)
        return new Unknown(`templatefile("${asString(path)}", …)`, result.reason);
      return typeof result === 'string'
        ? result.endsWith(TEMPLATE_END)
          ? result.slice(0, -TEMPLATE_END.length)
          : result
        : result;
    }
    let args = expr.args.map((argument) => this.evaluate(argument, scope));
    if (expr.expandLast && args.length > 0) {
      const last = args[args.length - 1] ?? null;
      if (last instanceof Unknown) return this.derived(`${name}(…${last.origin})`, last);
      args = [...args.slice(0, -1), ...asList(last)];
    }
    if (!hasFunction(name) && !NO_NETWORK_FACT_FUNCTIONS.has(name)) {
      this.note({
        level: 'unresolved',
        message: importText('importText.functionNotEvaluated', { name }),
        file: scope.file,
      });
    }
    try {
      return callFunction(name, args, this.functionContext);
    } catch (error) {
      if (!(error instanceof UnknownInput)) throw error;
      if (name === 'jsonencode' && args.length === 1) {
        // The JSON with each unknown as "${origin}", so a mapper can still read its shape
        // (a data source's connection_properties: host, port, instanceId).
        return this.derived(JSON.stringify(jsonWithOrigins(args[0] ?? null)), ...args);
      }
      if (name === 'join') {
        const separator = args[0];
        const parts = args.slice(1).flatMap((list) => (Array.isArray(list) ? list : [list]));
        if (
          typeof separator === 'string' &&
          parts.every((part) => !Array.isArray(part) && !isObject(part))
        )
          return this.derived(
            parts
              .map((part) =>
                typeof part === 'string' ? shownText(part).slice(1, -1) : render(part),
              )
              .join(separator),
            ...parts,
          );
      }
      // A function or file dwnet cannot read is the reason itself, not one of its arguments.
      const reason = error.unknown.reason;
      if (
        isReason(reason, 'importText.reason.function') ||
        isReason(reason, REASON.fileMissing.key) ||
        error.unknown.origin.endsWith('()')
      )
        return error.unknown;
      return new Unknown(`${name}(${args.map(render).join(', ')})`, error.unknown.reason);
    }
  }
}
