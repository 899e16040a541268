// dwnet.config.json is parsed once, in core: the values every surface applies and the
// problems they show (the CLI refuses the file at its first problem; the server warns).
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../src/index';

describe('parseConfig', () => {
  it('reads rule levels and limits from JSON with comments and a byte order mark', () => {
    const text =
      '\ufeff{\n  // quieter\n  "$schema": "./schemas/dwnet.config.schema.json",\n' +
      '  "rules": { "whitelist-missing": "warning", "unused": "off", },\n' +
      '  "maxFileSize": 0.5, "maxFindingsPerFile": 0\n}';
    expect(parseConfig(text)).toEqual({
      config: {
        rules: { 'whitelist-missing': 'warning', unused: 'off' },
        maxFileSize: 0.5,
        maxFindingsPerFile: 0,
      },
      problems: [],
    });
  });

  it('keeps what is valid and says what is not, in the order of the file', () => {
    const text = JSON.stringify({
      rulez: {},
      maxFileSize: -1,
      maxFindingsPerFile: 20,
      rules: { 'whitelist-mising': 'off', 'route-missing': 'fatal', unused: 'hint' },
    });
    expect(parseConfig(text)).toEqual({
      config: { rules: { unused: 'hint' }, maxFindingsPerFile: 20 },
      problems: [
        'unknown property "rulez" (did you mean "rules"?); expected "rules", "maxFileSize" or "maxFindingsPerFile"',
        '"maxFileSize": expected a number ≥ 0 (0: no limit)',
        'unknown rule "whitelist-mising" (did you mean "whitelist-missing"?)',
        'invalid level "fatal" for rule "route-missing"; expected off, error, warning, information or hint',
      ],
    });
  });

  it('says where the JSON breaks, and what a config must be', () => {
    expect(parseConfig('{ "rules": ').problems).toEqual(['value expected at line 1, column 12']);
    expect(parseConfig('[]')).toEqual({
      config: { rules: {} },
      problems: ['expected an object like { "rules": { "<code>": "off" } }'],
    });
    expect(parseConfig('{ "rules": [] }').problems).toEqual([
      '"rules" must be an object of rule code → level',
    ]);
    expect(parseConfig('{ "maxFindingsPerFile": 1.5 }').problems).toEqual([
      '"maxFindingsPerFile": expected a whole number ≥ 0 (0: no limit)',
    ]);
  });
});
