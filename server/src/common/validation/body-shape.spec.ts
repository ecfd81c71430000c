import { jsonDepthExceeds, prototypeKeyProblems, withoutPrototypeKeys } from './body-shape';

describe('jsonDepthExceeds', () => {
  it.each([
    ['{}', 1, false],
    ['{}', 0, true],
    ['{"a":[1,{"b":[]}]}', 4, false],
    ['{"a":[1,{"b":[]}]}', 3, true],
    ['[[],[],[],[]]', 2, false],
    ['{"a":{}, "b":{}, "c":{"d":{}}}', 3, false],
    ['{"s":"[[[[{{{{"}', 1, false],
    ['{"s":"\\"[[[["}', 1, false],
    ['{"s":"\\\\"}', 1, false],
    ['{"s":"\\\\", "t":[[]]}', 2, true],
    ['"just a string"', 0, false],
    ['42', 0, false],
  ])('%s with at most %i levels: exceeded %s', (text, max, expected) => {
    expect(jsonDepthExceeds(text, max)).toBe(expected);
  });

  it('stops counting at the first level too many (a 3,000-deep body is refused, not walked)', () => {
    expect(jsonDepthExceeds(`${'['.repeat(3000)}${']'.repeat(3000)}`, 32)).toBe(true);
    expect(jsonDepthExceeds(`${'['.repeat(32)}${']'.repeat(32)}`, 32)).toBe(false);
  });
});

describe('prototypeKeyProblems', () => {
  const parse = (text: string) => JSON.parse(text) as unknown;

  it.each([
    ['{"a":1}', []],
    ['{"__proto__":{"x":1}}', ['__proto__']],
    ['{"constructor":"x","prototype":{}}', ['constructor', 'prototype']],
    ['{"answers":{"q1":"A","__proto__":{"q2":"B"}}}', ['answers.__proto__']],
    ['{"questions":[{"id":1},{"id":2,"constructor":{}}]}', ['questions.1.constructor']],
    ['{"a":{"b":{"c":{"__proto__":null}}}}', ['a.b.c.__proto__']],
    ['{"name":"__proto__","tags":["constructor"]}', []],
  ])('%s names %j', (text, fields) => {
    expect(prototypeKeyProblems(parse(text)).map((p) => p.field)).toEqual(fields);
  });

  it('says what any unknown field says', () => {
    expect(prototypeKeyProblems(parse('{"constructor":1}'))).toEqual([{ field: 'constructor', message: 'property constructor should not exist' }]);
  });

  it('leaves the rest for validation, without the keys and without touching the input', () => {
    const input = parse('{"a":1,"__proto__":{"x":1},"list":[{"constructor":2,"b":3}]}');
    expect(withoutPrototypeKeys(input)).toEqual({ a: 1, list: [{ b: 3 }] });
    expect(prototypeKeyProblems(input)).toHaveLength(2);
  });
});
