// Message templates and entity pointers are joined from their pieces (one flat string each,
// which a check's findings keep): the text must be what the pieces say, nested branches and
// escaped segments included.
import { describe, expect, it } from 'vitest';
import { compileTemplate, formatTemplate } from '../src/l10n/format';
import { pointerUnder } from '../src/model/entities';

const englishPlural = (count: number): string => (count === 1 ? 'one' : 'other');
const format = (template: string, params: Record<string, string | number>): string =>
  formatTemplate(compileTemplate(template), params, englishPlural);

describe('formatTemplate', () => {
  it('writes literals and parameters in order, numbers as text, a missing one as its name', () => {
    expect(format('route {route} in {table}', { route: '10.0.0.0/8', table: 'vtb-a' })).toBe(
      'route 10.0.0.0/8 in vtb-a',
    );
    expect(format('{count} ports', { count: 3 })).toBe('3 ports');
    expect(format('no {value} here', {})).toBe('no {value} here');
    expect(format('\\{literal\\} {x}', { x: 'y' })).toBe('{literal} y');
  });

  it('chooses plural and select branches, nested, with # as the count', () => {
    const template =
      '{n, plural, =0 {none} one {# rule of {kind, select, sg {a group} other {{kind}}}} other {# rules}} left';
    expect(format(template, { n: 0, kind: 'sg' })).toBe('none left');
    expect(format(template, { n: 1, kind: 'sg' })).toBe('1 rule of a group left');
    expect(format(template, { n: 1, kind: 'acl' })).toBe('1 rule of acl left');
    expect(format(template, { n: 12, kind: 'sg' })).toBe('12 rules left');
  });
});

describe('pointerUnder', () => {
  it('adds one escaped segment under its base', () => {
    expect(pointerUnder('/tasks', 'task-1')).toBe('/tasks/task-1');
    expect(pointerUnder('/vpcs/vpc-a/vSwitches', 'a/b~c')).toBe('/vpcs/vpc-a/vSwitches/a~1b~0c');
    expect(pointerUnder('', 'x')).toBe('/x');
  });
});
