import { ErrorCode, FieldErrors } from './error-codes';
import { STAGE_ZH } from '../../pipeline/stages';

/**
 * Chinese for every message the API puts in an error body. The English stays the contract (`message`,
 * `fields`); this adds `messageZh` and `fieldsZh` beside it, so the console (and any other client) can
 * show Chinese without keeping its own copy of the API's wording.
 *
 * A field message is translated without the field's name: class-validator writes "days must not be less
 * than 1", the console shows "不能小于 1" beside its own label 天数. Translation is by pattern, keeping
 * numbers and values as they are. A message no rule knows becomes FALLBACK_FIELD_ZH (the unit test and
 * the OpenAPI fuzz test fail on it, so a new constraint or service message without Chinese is caught).
 */
export const FALLBACK_FIELD_ZH = '填写有误';

const ENTITY_ZH: Record<string, string> = {
  enterprise: '企业',
  talent: '人才',
  position: '岗位',
  skill: '技能',
  university: '高校',
  programme: '专业',
  user: '用户',
  consent: '授权',
  trip: '行程',
  allocation: '分配',
  record: '记录',
  candidate: '候选人',
  application: '申请',
  invitation: '邀请',
  pipelineentry: '招聘流程记录',
};

const stageZh = (stage: string): string => (STAGE_ZH as Record<string, string>)[stage] ?? stage;

const entityZh = (name: string): string => ENTITY_ZH[name.toLowerCase()] ?? name;
const list = (values: string): string => values.split(/,\s*/).join('、');

type Rule = [RegExp, string | ((...groups: string[]) => string)];

const CONDITION_KIND_ZH: Record<string, string> = {
  minDegree: '最低学历',
  maxAge: '年龄上限',
  honour: '荣誉',
  tier: '人才类别',
  field: '专业领域',
  industry: '行业',
  employerKeyChain: '重点产业链企业',
  firstEmploymentInZone: '首次在区内就业',
  graduatedWithinYears: '毕业年限',
  minYearsExperience: '最少工作年限',
};
const conditionKindZh = (kind: string): string => CONDITION_KIND_ZH[kind] ?? '未知类型的';
const LIST_NOUN_ZH: Record<string, string> = { honours: '荣誉', 'field keywords': '领域关键词', tiers: '人才类别', industries: '行业' };

/** The rule part of a policy condition's message (policy.dto.ts VALUE_RULES). */
function conditionRuleZh(rule: string): string {
  let m = /^one of (.+)$/.exec(rule);
  if (m) return `必须是以下之一：${list(m[1])}`;
  m = /^an integer from (\d+) to (\d+)$/.exec(rule);
  if (m) return `必须是 ${m[1]} 到 ${m[2]} 之间的整数`;
  m = /^a list of 1–(\d+) distinct (.+?) \(at most (\d+) characters each\)$/.exec(rule);
  if (m) return `必须是 1–${m[1]} 个不重复的${LIST_NOUN_ZH[m[2]] ?? m[2]}（每个最多 ${m[3]} 个字符）`;
  m = /^a list of distinct (.+?): (.+)$/.exec(rule);
  if (m) return `必须是不重复的${LIST_NOUN_ZH[m[1]] ?? m[1]}列表，取自：${list(m[2])}`;
  if (rule === 'true') return '只能为 true';
  return '无效';
}

/** Field messages with the field's name already removed (see stripProperty), whole-message matches. */
const FIELD_RULES: Rule[] = [
  // class-validator defaults used by the DTOs
  [/^should not be empty$/, '不能为空'],
  [/^must not be less than (-?[\d.e+-]+)$/, (n) => `不能小于 ${n}`],
  [/^must not be greater than (-?[\d.e+-]+)$/, (n) => `不能大于 ${n}`],
  [/^must be a string$/, '必须是文本'],
  [/^must be an integer number$/, '必须是整数'],
  [/^must be a number conforming to the specified constraints$/, '必须是数字'],
  [/^must be a boolean value$/, '必须是“是”或“否”（true/false）'],
  [/^must be an array$/, '必须是列表'],
  [/^must be an object$/, '必须是对象'],
  [/^must be an email$/, '必须是有效的电子邮箱地址'],
  [/^must be a UUID$/, '必须是 UUID'],
  [/^must be a Date instance$/, '必须是日期'],
  [/^must be a valid ISO 8601 date string$/, '必须是 ISO 8601 格式的日期'],
  [/^must be shorter than or equal to (\d+) characters?$/, (n) => `不能超过 ${n} 个字符`],
  [/^must be longer than or equal to (\d+) characters?$/, (n) => `至少 ${n} 个字符`],
  [/^must contain no more than (\d+) elements?$/, (n) => `最多 ${n} 项`],
  [/^must contain at least (\d+) elements?$/, (n) => `至少 ${n} 项`],
  [/^must contain not more than (\d+) elements?$/, (n) => `最多 ${n} 项`],
  [/^must be one of the following values: ?(.*)$/, (v) => `必须是以下之一：${list(v)}`],
  [/^must match .* regular expression$/, '格式不正确'],
  [/^must be either object or array$/, '必须是对象或列表'],
  [/^should not exist$/, '不允许此字段'],
  [/^an unknown value was passed to the validate function$/, '无法识别的值'],
  // custom messages of the DTOs
  [/^must be kebab-case ascii, e\.g\. (\S+)$/, (e) => `必须是小写英文与短横线组成的 ID，如 ${e}`],
  [/^must be a skill id$/, '必须是技能 ID'],
  [/^must be a kebab-case skill id$/, '必须是小写英文与短横线组成的技能 ID'],
  [/^must be (\d+)–(\d+) letters, digits, \. _ @ or -$/, (a, b) => `须为 ${a}–${b} 位字母、数字或 . _ @ -`],
  [/^must be at least (\d+) characters$/, (n) => `至少 ${n} 个字符`],
  [/^must be YYYY-MM-DD$/, '必须是 YYYY-MM-DD 格式的日期'],
  [/^must be a calendar date in the form YYYY-MM-DD$/, '必须是 YYYY-MM-DD 格式的日期'],
  [/^must be digits, optionally with \+, spaces or dashes$/, '必须是数字，可含 +、空格或短横线'],
  [/^must be a (\d+)-digit catalogue code, e\.g\. (\d+)$/, (n, e) => `必须是 ${n} 位专业目录代码，如 ${e}`],
  [/^must be an (\d+)-character unified social credit code$/, (n) => `必须是 ${n} 位统一社会信用代码`],
  // policy conditions: "value of a maxAge condition must be an integer from 14 to 100"
  [/^of an? (\w+) condition must be (.+)$/, (kind, rule) => `${conditionKindZh(kind)}条件的取值${conditionRuleZh(rule)}`],
  // text sanitising and body shape
  [/^must not contain control characters such as \\u0000$/, '不能包含控制字符（如 \\u0000）'],
  [/^must be valid Unicode \(lone surrogate\)$/, '必须是有效的 Unicode 文本（含孤立代理项）'],
  [/^nested deeper than (\d+) levels$/, (n) => `嵌套超过 ${n} 层`],
  // services
  [/^no such record$/, '记录不存在'],
  [/^no such (\w+)$/, (e) => `${entityZh(e)}不存在`],
  [/^stale; current version is (\d+)$/, (v) => `已被他人修改（当前版本 ${v}），请刷新后重试`],
  [/^already exists$/, '已存在'],
  [/^already taken$/, '已被占用'],
  [/^would make the taxonomy cyclic$/, '会使技能分类形成循环'],
  [/^only an admin may set this$/, '仅管理员可设置'],
  [/^required$/, '必填'],
  [/^required for an enterprise user$/, '企业用户必填'],
  [/^required for a talent account$/, '人才账号必填'],
  [/^only enterprise users belong to an enterprise, not (\w+)$/, (r) => `只有企业用户属于企业（当前角色：${r}）`],
  [/^only talent accounts are bound to a profile, not (\w+)$/, (r) => `只有人才账号绑定档案（当前角色：${r}）`],
  [/^does not match$/, '不正确'],
  [/^set from your account; do not send it$/, '由您的账号决定，请勿填写'],
  [/^a position cannot be moved to another enterprise by an enterprise user$/, '企业用户不能把岗位转到其他企业'],
  [/^must not exceed headcount$/, '不能超过招聘人数'],
  [/^must not exceed salaryMax$/, '不能高于最高薪资'],
  [/^latitude and longitude must be given together$/, '经度和纬度须同时填写'],
  [/^must be html, csv or ics$/, '必须是 html、csv 或 ics'],
  [/^must be one of (.+)$/, (v) => `必须是以下之一：${list(v)}`],
  [/^matches no open position$/, '没有符合条件的在招岗位'],
  // hiring pipeline (src/pipeline)
  [/^already applied$/, '已申请过该岗位'],
  [/^already invited$/, '已邀请过该候选人'],
  [/^send a stage, a note or both$/, '请选择阶段或填写备注'],
  [/^cannot move from (\w+) to (\w+)$/, (a, b) => `不能从「${stageZh(a)}」改为「${stageZh(b)}」`],
  [/^the talent withdrew; only rejected is possible$/, '人才已撤回申请，只能标记为「未通过」'],
  [/^the opening is already filled$/, '该岗位已招满'],
  [/^unknown university: (.+)$/, (ids) => `未知高校：${list(ids)}`],
  [/^send multipart\/form-data, text\/csv or an XLSX file$/, '请以 multipart/form-data、text/csv 或 XLSX 文件上传'],
  [/^the upload is empty$/, '上传的文件为空'],
  [/^the upload was interrupted$/, '上传中断'],
  [/^send the spreadsheet as a multipart field named "file"$/, '请把表格放在名为 "file" 的 multipart 字段中上传'],
  [/^(\S+) (.+) measured, limit (\S+)$/, (m, unit, max) => `实测 ${m} ${unit}，上限 ${max}`],
  // trip planner (its own checks behind the DTO's)
  [/^must be an integer from (\d+) to (\d+)$/, (a, b) => `必须是 ${a} 到 ${b} 之间的整数`],
  [/^must be a non-negative number of yuan$/, '必须是不小于 0 的金额（元）'],
  [/^must be a non-negative number$/, '不能小于 0'],
  [/^must be a positive number$/, '必须大于 0'],
  [/^coordinates are out of range$/, '坐标超出范围'],
  [/^university (\S+) appears twice$/, (id) => `高校 ${id} 重复出现`],
  [/^university (\S+) has no valid coordinates$/, (id) => `高校 ${id} 没有有效坐标`],
  [/^must-visit university (\S+) is unknown$/, (id) => `必访高校 ${id} 不存在`],
  [/^university (\S+) is both a must-visit and excluded$/, (id) => `高校 ${id} 既被列为必访又被排除`],
  [/^(\d+) must-visits do not fit in (\d+) day\(s\) × (\d+) stop\(s\)$/, (n, d, s) => `${n} 所必访高校排不进 ${d} 天 × 每天 ${s} 站`],
  [/^the must-visit universities alone cost more than the budget of (\S+) yuan$/, (b) => `仅必访高校的费用就超过预算 ${b} 元`],
  [/^must be an IANA zone name$/, '必须是 IANA 时区名称'],
  [/^the must-visit universities need (\d+) day\(s\) with travel, more than the (\d+) requested$/, (n, d) => `必访高校连同路程需要 ${n} 天，超过所选的 ${d} 天`],
  [/^no university is known in (.+)$/, (places) => `以下地区没有已登记的高校：${list(places)}`],
  [/^unknown enterprise: (.+)$/, (ids) => `未知企业：${list(ids)}`],
  [/^these enterprises have no open position in the focus$/, '这些企业在所选范围内没有在招岗位'],
  // stored records the engine cannot use (UNMATCHABLE)
  [/^must be text$/, '必须是文本'],
  [/^must be non-empty text$/, '必须是非空文本'],
  [/^must be a number$/, '必须是数字'],
  [/^must be between (\S+) and (\S+)$/, (a, b) => `必须在 ${a} 到 ${b} 之间`],
  [/^must be true or false$/, '必须是 true 或 false'],
  [/^must be a list$/, '必须是列表'],
  // database constraints reached by a race (see http-exception.filter.ts)
  [/^Key \(.+\)=\(.*\) already exists\.?$/, '该值已存在'],
  [/^Key \(.+\)=\(.*\) is not present in table .*$/, '引用的记录不存在'],
  [/^Key \(.+\)=\(.*\) is still referenced from table .*$/, '仍被其他记录引用，请先移除或转移'],
  [/^rejected by the database$/, '被数据库拒绝'],
  [/^malformed JSON$/, '不是有效的 JSON'],
];

/** "each value in industries must be …", "days must …", "property x should not exist" → what follows the name. */
function stripProperty(path: string, message: string): { rest: string; each: boolean } {
  const segments = path.split('.');
  const names = new Set([segments[segments.length - 1], path, segments.filter((s) => !/^\d+$/.test(s)).pop() ?? '']);
  let rest = message.trim();
  let each = false;
  const eachMatch = /^each (?:value|item) (?:in|of) (\S+) (.*)$/.exec(rest);
  if (eachMatch) {
    each = true;
    rest = eachMatch[2];
    return { rest, each };
  }
  const property = /^(?:property|nested property) (\S+) (.*)$/.exec(rest);
  if (property) return { rest: property[2], each };
  const space = rest.indexOf(' ');
  if (space > 0 && names.has(rest.slice(0, space))) rest = rest.slice(space + 1);
  else if (/^\S+ (must|should) /.test(rest) && !/^(must|should) /.test(rest)) rest = rest.slice(space + 1);
  return { rest, each };
}

function applyRules(rules: Rule[], text: string): string | null {
  for (const [pattern, zh] of rules) {
    const match = pattern.exec(text);
    if (match) return typeof zh === 'string' ? zh : zh(...match.slice(1));
  }
  return null;
}

const hasChinese = (text: string): boolean => /[\u3400-\u9fff]/.test(text);

/** One field's message in Chinese, without the field's name; FALLBACK_FIELD_ZH when no rule knows it. */
export function fieldMessageZh(path: string, message: string): string {
  if (hasChinese(message)) return message;
  const { rest, each } = stripProperty(path, message);
  const zh = applyRules(FIELD_RULES, rest) ?? applyRules(FIELD_RULES, message.trim());
  if (!zh) return FALLBACK_FIELD_ZH;
  return each ? `每一项${zh.startsWith('必须') || zh.startsWith('不能') ? '都' : ''}${zh}` : zh;
}

export function fieldsZh(fields: FieldErrors): FieldErrors {
  const out: FieldErrors = {};
  for (const [path, message] of Object.entries(fields)) {
    // Defined, not assigned: a `__proto__` path (a refused key) must stay an own field.
    Object.defineProperty(out, path, { value: fieldMessageZh(path, message), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** Whole messages (the body's `message`) that say more than their code. */
const MESSAGE_RULES: Rule[] = [
  [/^Invalid input: (.*)$/, (names) => `输入有误：${list(names)}`],
  [/^Wrong username or password$/, '用户名或密码错误'],
  [/^Too many failed sign-in attempts; try again later$/, '登录失败次数过多，请稍后再试'],
  [/^Too many changes in a minute; slow down$/, '一分钟内修改次数过多，请稍候'],
  [/^Sign in first: a valid Bearer token is required$/, '请先登录'],
  [/^The access token is invalid or expired$/, '登录已失效，请重新登录'],
  [/^The access token was revoked; sign in again$/, '登录已被撤销，请重新登录'],
  [/^The refresh token is invalid or expired$/, '登录已失效，请重新登录'],
  [/^The refresh token was already used; all sessions of this account were ended$/, '刷新令牌已被使用，本账号的所有会话均已结束'],
  [/^The account is unknown or disabled$/, '账号不存在或已停用'],
  [/^The API token is invalid, revoked or expired$/, 'API 令牌无效、已撤销或已过期'],
  [/^The Authorization header must be "Bearer <token>"$/, 'Authorization 请求头必须是 "Bearer <token>"'],
  [/^A (\w+) account may not do this$/, (role) => `${role} 账号无权执行此操作`],
  [/^This route has no access rule$/, '此接口没有访问规则'],
  [/^This username is taken$/, '该用户名已被占用'],
  [/^(\w+) (\S+) not found$/, (e, id) => `${entityZh(e)} ${id} 不存在`],
  [/^(\w+) (\S+) does not exist$/, (e, id) => `${entityZh(e)} ${id} 不存在`],
  [/^(\w+) (\S+) was changed by someone else \(current version (\d+)\); reload and retry$/, (e, id, v) => `${entityZh(e)} ${id} 已被他人修改（当前版本 ${v}），请刷新后重试`],
  [/^(\w+) (\S+) already exists$/, (e, id) => `${entityZh(e)} ${id} 已存在`],
  [/^The body is nested deeper than (\d+) levels$/, (n) => `请求体嵌套超过 ${n} 层`],
  [/^No open position matches the focus$/, '没有符合条件的在招岗位'],
  [/^You already applied to this position$/, '您已申请过该岗位'],
  [/^This candidate was already invited$/, '已邀请过该候选人'],
  [/^The opening has no free headcount$/, '该岗位已招满'],
  [/^Request body is not valid JSON$/, '请求体不是有效的 JSON'],
  [/^Request body is too large$/, '请求体过大'],
];

const MESSAGE_BY_CODE: Record<ErrorCode, string> = {
  [ErrorCode.ValidationFailed]: '输入有误',
  [ErrorCode.InvalidJson]: '请求体不是有效的 JSON',
  [ErrorCode.JsonTooDeep]: '请求体嵌套过深',
  [ErrorCode.PayloadTooLarge]: '请求体过大',
  [ErrorCode.ImportLimitExceeded]: '导入文件超出限制',
  [ErrorCode.NotFound]: '记录不存在',
  [ErrorCode.VersionConflict]: '记录已被他人修改，请刷新后重试',
  [ErrorCode.Conflict]: '与现有记录冲突',
  [ErrorCode.ReferenceNotFound]: '引用的记录不存在',
  [ErrorCode.InUse]: '记录仍被其他记录引用，请先移除或转移',
  [ErrorCode.Unmatchable]: '该记录无法参与匹配',
  [ErrorCode.Unauthorized]: '请先登录',
  [ErrorCode.Forbidden]: '无权执行此操作',
  [ErrorCode.RateLimited]: '请求过于频繁，请稍后再试',
  [ErrorCode.ServiceUnavailable]: '服务暂不可用，请稍后再试',
  [ErrorCode.Internal]: '服务器内部错误',
};

/** The body's message in Chinese: a known wording, else what its code means. */
export function messageZh(code: ErrorCode, message: string): string {
  if (hasChinese(message)) return message;
  return applyRules(MESSAGE_RULES, message.trim()) ?? MESSAGE_BY_CODE[code] ?? MESSAGE_BY_CODE[ErrorCode.Internal];
}
