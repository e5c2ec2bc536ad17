import { ErrorCode, FieldErrors } from '../errors/error-codes';
import { checkJsonShape } from './json-shape';
import { sanitize } from './sanitize-text.pipe';

/** `depth` arrays nested in one another, built without recursion. */
function nestedArrays(depth: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

describe('checkJsonShape', () => {
  it('allows exactly maxDepth levels and refuses one more, naming where', () => {
    expect(checkJsonShape(nestedArrays(32), 32)).toBeNull();
    const problem = checkJsonShape({ a: nestedArrays(32) }, 32);
    expect(problem?.code).toBe(ErrorCode.JsonTooDeep);
    expect(Object.keys(problem?.fields ?? {})).toEqual(['a' + '.0'.repeat(31)]);
  });

  it('walks a body nested 200,000 deep without touching the call stack', () => {
    expect(checkJsonShape(nestedArrays(200_000), 32)?.code).toBe(ErrorCode.JsonTooDeep);
  });

  it('names every prototype key as an own field of the error, however deep in lists', () => {
    const body = JSON.parse('{"a":[{"b":1},{"__proto__":{"x":1}}],"constructor":1,"c":{"prototype":2}}');
    const fields = checkJsonShape(body, 32)?.fields ?? {};
    expect(Object.keys(fields).sort()).toEqual(['a.1.__proto__', 'c.prototype', 'constructor']);
    expect(JSON.parse(JSON.stringify(fields))).toEqual(fields);
  });

  it('accepts ordinary bodies and primitives', () => {
    expect(checkJsonShape({ name: '张三', skills: [{ name: '萃取', level: 3 }], proto: 1, constructors: [] }, 32)).toBeNull();
    expect(checkJsonShape(null, 32)).toBeNull();
  });
});

describe('sanitize', () => {
  it('stops at the depth limit with 400 JSON_TOO_DEEP instead of overflowing the stack', () => {
    const errors: FieldErrors = {};
    expect(() => sanitize(nestedArrays(100_000), '', errors)).toThrow(expect.objectContaining({ code: ErrorCode.JsonTooDeep }));
    expect(sanitize(nestedArrays(10), '', errors)).toEqual(nestedArrays(10));
  });

  it('names a prototype key of a query instead of dropping it', () => {
    const errors: FieldErrors = {};
    sanitize(JSON.parse('{"__proto__":"x","q":"ａ"}'), '', errors);
    expect(Object.keys(errors)).toEqual(['__proto__']);
  });
});
