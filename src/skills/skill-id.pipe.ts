import { Param, PipeTransform } from '@nestjs/common';
import { AppException } from '../common/errors/app-exception';
import { documentPathParam } from '../common/openapi/path-param';
import { SKILL_ID_PATTERN } from './skill.dto';

class SkillIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (typeof value !== 'string' || value.length > 100 || !SKILL_ID_PATTERN.test(value)) {
      throw AppException.validation({ id: 'must be a kebab-case skill id' });
    }
    return value;
  }
}

/** `@SkillIdParam() id: string`: the route parameter, checked to be a kebab-case skill id. */
export function SkillIdParam(): ParameterDecorator {
  return documentPathParam(Param('id', new SkillIdPipe()), {
    name: 'id',
    schema: { type: 'string', pattern: SKILL_ID_PATTERN.source, maxLength: 100 },
  });
}
