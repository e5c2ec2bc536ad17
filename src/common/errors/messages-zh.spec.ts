import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { getMetadataStorage, ValidationArguments } from 'class-validator';
import { ErrorCode } from './error-codes';
import { toErrorResponse } from './http-exception.filter';
import { AppException } from './app-exception';
import { FALLBACK_FIELD_ZH, fieldMessageZh, messageZh } from './messages-zh';

// class-validator's own token replacement ($property, $constraint1), so messages are built exactly as it builds them.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ValidationUtils } = require('class-validator/cjs/validation/ValidationUtils') as {
  ValidationUtils: { replaceMessageSpecialTokens(message: unknown, args: ValidationArguments): string };
};

const CHINESE = /[\u3400-\u9fff]/;

function dtoFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? dtoFiles(path) : name.endsWith('.dto.ts') ? [path] : [];
  });
}

interface Metadata {
  type: string;
  name?: string;
  propertyName: string;
  constraints: unknown[];
  message?: string | ((args: ValidationArguments) => string);
  each?: boolean;
  constraintCls: new () => unknown;
  target: { name: string } | string;
}

/**
 * Every message class-validator can produce for the DTOs, built the way its executor builds them (the
 * decorator's message or the constraint's default, tokens replaced): a constraint added to a DTO
 * without a Chinese rule fails here.
 */
function dtoMessages(): { where: string; path: string; message: string }[] {
  for (const file of dtoFiles(join(__dirname, '..', '..'))) require(file);
  const storage = getMetadataStorage() as unknown as {
    validationMetadatas: Map<unknown, Metadata[]>;
    getTargetValidatorConstraints(cls: unknown): { instance: { defaultMessage?: (args: ValidationArguments) => string } }[];
  };
  const out: { where: string; path: string; message: string }[] = [];
  for (const list of storage.validationMetadatas.values()) {
    for (const m of list) {
      if (m.type === 'conditionalValidation' || m.type === 'whitelistValidation') continue;
      const args: ValidationArguments = {
        targetName: typeof m.target === 'string' ? m.target : m.target.name,
        property: m.propertyName,
        object: {},
        value: undefined,
        constraints: m.constraints,
      };
      let message = m.message;
      if (!message && m.type === 'customValidation') message = storage.getTargetValidatorConstraints(m.constraintCls)[0]?.instance.defaultMessage?.(args);
      if (!message && m.type === 'nestedValidation') message = 'nested property $property must be either object or array';
      if (!message) continue;
      out.push({ where: `${args.targetName}.${m.propertyName} (${m.name ?? m.type})`, path: m.propertyName, message: ValidationUtils.replaceMessageSpecialTokens(message, args) });
    }
  }
  return out;
}

/** The field messages services and pipes write themselves (everything that reaches `fields` outside class-validator). */
const SERVICE_MESSAGES: [string, string][] = [
  ['mustVisit', 'the must-visit universities need 3 day(s) with travel, more than the 2 requested'],
  ['cities', 'no university is known in 火星, 月球'],
  ['enterprises', 'unknown enterprise: e97dd692-b145-4d3e-8bd7-64932bc6263c'],
  ['enterprises', 'these enterprises have no open position in the focus'],
  ['id', 'must be a kebab-case skill id'],
  ['id', 'already exists'],
  ['broaderId', 'would make the taxonomy cyclic'],
  ['broaderId', 'no such skill'],
  ['role', 'only an admin may set this'],
  ['enterpriseId', 'required for an enterprise user'],
  ['enterpriseId', 'only enterprise users belong to an enterprise, not talent'],
  ['talentId', 'required for a talent account'],
  ['talentId', 'only talent accounts are bound to a profile, not admin'],
  ['currentPassword', 'does not match'],
  ['username', 'already taken'],
  ['format', 'must be html, csv or ics'],
  ['focus', 'matches no open position'],
  ['mustVisit', 'unknown university: 6f1b9d52-0000-4000-8000-000000000001'],
  ['enterpriseId', 'required'],
  ['enterpriseId', 'set from your account; do not send it'],
  ['enterpriseId', 'a position cannot be moved to another enterprise by an enterprise user'],
  ['filledCount', 'must not exceed headcount'],
  ['salaryMin', 'must not exceed salaryMax'],
  ['longitude', 'latitude and longitude must be given together'],
  ['type', 'must be one of talents, positions, universities'],
  ['content-type', 'send multipart/form-data, text/csv or an XLSX file'],
  ['file', 'the upload is empty'],
  ['file', 'the upload was interrupted'],
  ['file', 'send the spreadsheet as a multipart field named "file"'],
  ['IMPORT_MAX_ROWS', '20001 rows measured, limit 20000'],
  ['summary', 'must not contain control characters such as \\u0000'],
  ['summary', 'must be valid Unicode (lone surrogate)'],
  ['a.b', 'nested deeper than 32 levels'],
  ['__proto__', 'property __proto__ should not exist'],
  ['extra', 'property extra should not exist'],
  ['id', 'no such record'],
  ['version', 'stale; current version is 4'],
  ['id', 'must be a UUID'],
  ['days', 'days must be an integer from 1 to 14'],
  ['stopsPerDay', 'stopsPerDay must be an integer from 1 to 4'],
  ['budget', 'budget must be a non-negative number of yuan'],
  ['maxDistanceKm', 'maxDistanceKm must be a positive number'],
  ['costModel.perKm', 'costModel.perKm must be a non-negative number'],
  ['origin', 'origin coordinates are out of range'],
  ['universities', 'university u1 appears twice'],
  ['universities', 'university u1 has no valid coordinates'],
  ['mustVisit', 'must-visit university u1 is unknown'],
  ['mustVisit', 'university u1 is both a must-visit and excluded'],
  ['mustVisit', '9 must-visits do not fit in 2 day(s) × 4 stop(s)'],
  ['budget', 'the must-visit universities alone cost more than the budget of 500 yuan'],
  ['startDate', 'startDate must be a calendar date in the form YYYY-MM-DD'],
  ['timezone', 'timezone must be an IANA zone name'],
  ['name', 'must be non-empty text'],
  ['headline', 'must be text'],
  ['skills.0.level', 'must be between 1 and 5'],
  ['years', 'must be a number'],
  ['tier', 'must be one of a, b, c'],
  ['willingToRelocate', 'must be true or false'],
  ['skills', 'must be a list'],
  ['contact', 'must be an object'],
  ['creditCode', 'Key (credit_code)=(91150200MA0N000000) already exists.'],
  ['enterpriseId', 'Key (enterprise_id)=(6f1b9d52-0000-4000-8000-000000000001) is not present in table "enterprise".'],
  ['id', 'rejected by the database'],
  ['body', 'malformed JSON'],
];

describe('Chinese error messages', () => {
  it('translates every message the DTOs can produce, without the field name', () => {
    const messages = dtoMessages();
    expect(messages.length).toBeGreaterThan(100);
    if (process.env.PRINT_DTO_MESSAGES) console.log(messages.map((m) => `${m.message} → ${fieldMessageZh(m.path, m.message)}`).join("\n"));
    const untranslated = messages.filter(({ path, message }) => fieldMessageZh(path, message) === FALLBACK_FIELD_ZH).map((m) => `${m.where}: ${m.message}`);
    expect(untranslated).toEqual([]);
    for (const { path, message } of messages) {
      const zh = fieldMessageZh(path, message);
      expect(zh).toMatch(CHINESE);
      expect(zh).not.toContain(path);
    }
  });

  it.each(SERVICE_MESSAGES)('translates %s: %s', (path, message) => {
    const zh = fieldMessageZh(path, message);
    expect(zh).not.toBe(FALLBACK_FIELD_ZH);
    expect(zh).toMatch(CHINESE);
  });

  it('keeps numbers and values and drops the field name', () => {
    expect(fieldMessageZh('days', 'days must not be less than 1')).toBe('不能小于 1');
    expect(fieldMessageZh('yield', 'yield must not be greater than 1')).toBe('不能大于 1');
    expect(fieldMessageZh('purpose', 'purpose should not be empty')).toBe('不能为空');
    expect(fieldMessageZh('education.0.graduationYear', 'graduationYear must not be less than 1950')).toBe('不能小于 1950');
    expect(fieldMessageZh('education.0.degree', 'degree must be one of the following values: bachelor, master, doctorate')).toBe('必须是以下之一：bachelor、master、doctorate');
    expect(fieldMessageZh('summary', 'summary must be shorter than or equal to 5000 characters')).toBe('不能超过 5000 个字符');
    expect(fieldMessageZh('focus.industries', 'each value in industries must be one of the following values: rare_earth, steel')).toBe('每一项都必须是以下之一：rare_earth、steel');
    expect(fieldMessageZh('skills.1', 'each item of skills must be an object')).toBe('每一项都必须是对象');
    expect(fieldMessageZh('x', 'something nobody wrote a rule for')).toBe(FALLBACK_FIELD_ZH);
    expect(fieldMessageZh('x', '已是中文')).toBe('已是中文');
  });

  it('gives every error body messageZh, and fieldsZh for exactly the paths of fields', () => {
    const { body } = toErrorResponse(AppException.validation({ days: 'days must not be less than 1', 'skills.0.name': 'name should not be empty' }));
    expect(body).toEqual({
      code: ErrorCode.ValidationFailed,
      message: 'Invalid input: days, skills.0.name',
      messageZh: '输入有误：days、skills.0.name',
      fields: { days: 'days must not be less than 1', 'skills.0.name': 'name should not be empty' },
      fieldsZh: { days: '不能小于 1', 'skills.0.name': '不能为空' },
    });
    const proto = toErrorResponse(AppException.validation(JSON.parse('{"__proto__":"property __proto__ should not exist"}'))).body;
    expect(Object.keys(proto.fieldsZh ?? {})).toEqual(['__proto__']);
    expect(toErrorResponse(AppException.unauthorized('Wrong username or password')).body).toEqual({ code: ErrorCode.Unauthorized, message: 'Wrong username or password', messageZh: '用户名或密码错误' });
    expect(toErrorResponse(new Error('boom')).body.messageZh).toBe('服务器内部错误');
  });

  it('has a Chinese message for every code', () => {
    for (const code of Object.values(ErrorCode)) expect(messageZh(code, 'an English sentence no rule knows')).toMatch(CHINESE);
  });
});
