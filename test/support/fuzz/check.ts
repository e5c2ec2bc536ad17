import Ajv, { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { Operation } from './cases';
import type { Schema } from './values';

/**
 * Does a response match what the document says for its status? JSON bodies are validated with ajv
 * against the documented schema (OpenAPI 3.0: `nullable` is an ajv keyword; component refs resolve
 * because each compiled schema carries the document's components). Other media types are checked by
 * content-type only. A status the operation does not document is itself a mismatch.
 */
export class ResponseChecker {
  private readonly ajv: Ajv;
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(private readonly document: Schema) {
    this.ajv = new Ajv({ strict: false, allErrors: true, formats: { binary: true } });
    addFormats(this.ajv);
  }

  /** null when the response tells the truth, else what is wrong. */
  check(operation: Operation, status: number, contentType: string, text: string): string | null {
    const responses = operation.spec.responses ?? {};
    const documented = responses[String(status)] ?? responses.default;
    if (!documented) return `status ${status} is not documented (documented: ${Object.keys(responses).join(', ')})`;
    const media = contentType.split(';')[0].trim().toLowerCase();
    const content: Record<string, { schema?: Schema }> = documented.content ?? {};
    if (Object.keys(content).length === 0) {
      return text.length === 0 ? null : `status ${status} documents no body, got ${media || 'no content-type'} (${text.length} bytes)`;
    }
    if (!content[media]) return `content-type ${media || '(none)'} is not documented for ${status} (documented: ${Object.keys(content).join(', ')})`;
    if (media !== 'application/json' || !content[media].schema) return null;
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return 'body is not valid JSON';
    }
    const validate = this.validator(`${operation.key} ${status}`, content[media].schema!);
    if (validate(body)) return null;
    return (validate.errors ?? [])
      .slice(0, 5)
      .map((e) => `${e.instancePath || '(root)'} ${e.message}${e.params && 'additionalProperty' in e.params ? `: ${String(e.params.additionalProperty)}` : ''}`)
      .join('; ');
  }

  private validator(key: string, schema: Schema): ValidateFunction {
    let validate = this.compiled.get(key);
    if (!validate) {
      validate = this.ajv.compile({ allOf: [schema], components: this.document.components });
      this.compiled.set(key, validate);
    }
    return validate;
  }
}
