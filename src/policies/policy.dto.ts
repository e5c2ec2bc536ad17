import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsUUID,
  Max,
  Min,
  registerDecorator,
  ValidationArguments,
} from 'class-validator';
import { PageQueryDto } from '../common/pagination/page-query.dto';
import { ValidateNestedList } from '../common/validation/nested.decorators';
import { OneOf, OptionalText, RequiredText } from '../common/validation/text.decorators';
import { VersionedUpdateDto } from '../common/validation/version.dto';
import { DEGREES, INDUSTRIES, TIERS, Tier } from '../domain/vocabulary';
import {
  POLICY_BENEFIT_KINDS,
  POLICY_CONDITION_KINDS,
  type PolicyBenefitKind,
  type PolicyConditionKind,
} from '../matching/policy/policy-types';

const MAX_LIST = 20;
const MAX_WORD = 50;

const isStringList = (value: unknown, allowed?: readonly string[]): boolean =>
  Array.isArray(value) &&
  value.length >= 1 &&
  value.length <= MAX_LIST &&
  new Set(value).size === value.length &&
  value.every((v) => typeof v === 'string' && v.trim() !== '' && v.length <= MAX_WORD && (!allowed || allowed.includes(v)));
const isIntIn = (value: unknown, lo: number, hi: number) => Number.isInteger(value) && (value as number) >= lo && (value as number) <= hi;

/** What `value` must be for each kind: a check and the message naming it. */
const VALUE_RULES: Record<PolicyConditionKind, [(value: unknown) => boolean, string]> = {
  minDegree: [(v) => typeof v === 'string' && (DEGREES as readonly string[]).includes(v), `one of ${DEGREES.join(', ')}`],
  maxAge: [(v) => isIntIn(v, 14, 100), 'an integer from 14 to 100'],
  honour: [(v) => isStringList(v), `a list of 1–${MAX_LIST} distinct honours (at most ${MAX_WORD} characters each)`],
  tier: [(v) => isStringList(v, TIERS), `a list of distinct tiers: ${TIERS.join(', ')}`],
  field: [(v) => isStringList(v), `a list of 1–${MAX_LIST} distinct field keywords (at most ${MAX_WORD} characters each)`],
  industry: [(v) => isStringList(v, INDUSTRIES), `a list of distinct industries: ${INDUSTRIES.join(', ')}`],
  employerKeyChain: [(v) => v === true, 'true'],
  firstEmploymentInZone: [(v) => v === true, 'true'],
  graduatedWithinYears: [(v) => isIntIn(v, 0, 50), 'an integer from 0 to 50'],
  minYearsExperience: [(v) => isIntIn(v, 0, 60), 'an integer from 0 to 60'],
};

/** `value` checked against its condition's `kind` (an unknown kind is reported on `kind` alone). */
function MatchesConditionKind() {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'matchesConditionKind',
      target: target.constructor,
      propertyName,
      validator: {
        validate(value: unknown, args: ValidationArguments) {
          const rule = VALUE_RULES[(args.object as { kind?: PolicyConditionKind }).kind as PolicyConditionKind];
          return !rule || rule[0](value);
        },
        defaultMessage(args: ValidationArguments) {
          const kind = (args.object as { kind?: PolicyConditionKind }).kind as PolicyConditionKind;
          return `value of a ${kind} condition must be ${VALUE_RULES[kind]?.[1] ?? 'valid'}`;
        },
      },
    });
}

export class PolicyConditionDto {
  @ApiProperty({ enum: POLICY_CONDITION_KINDS })
  @IsIn(POLICY_CONDITION_KINDS as unknown as string[])
  kind: PolicyConditionKind;

  @ApiProperty({
    description:
      'By kind: minDegree a degree; maxAge, graduatedWithinYears, minYearsExperience an integer; honour, field a list of words; ' +
      'tier a list of tiers; industry a list of industries (any of each list); employerKeyChain, firstEmploymentInZone true.',
    oneOf: [{ type: 'string', enum: [...DEGREES] }, { type: 'integer' }, { type: 'array', items: { type: 'string' } }, { type: 'boolean', enum: [true] }],
    example: 'master',
  })
  @MatchesConditionKind()
  value: unknown;
}

export class PolicyBenefitDto {
  @ApiProperty({ enum: POLICY_BENEFIT_KINDS })
  @IsIn(POLICY_BENEFIT_KINDS as unknown as string[])
  kind: PolicyBenefitKind;

  @ApiPropertyOptional({ minimum: 0, maximum: 1_000_000_000, nullable: true, description: 'Yuan: one-off amount, allowance total or loan ceiling' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000_000)
  amountYuan?: number | null;

  @ApiPropertyOptional({ minimum: 0, maximum: 10_000, nullable: true, description: 'Talent-apartment flats the benefit takes' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000)
  flats?: number | null;

  @RequiredText(300, '安家补贴')
  descriptionZh: string;

  @OptionalText(300, 'Settling-in subsidy')
  descriptionEn?: string | null;

  @ApiPropertyOptional({ default: false, description: 'The amount is an example, not a reported figure' })
  @IsOptional()
  @IsBoolean()
  amountIsExample?: boolean;
}

export class CreatePolicyDto {
  @RequiredText(200, '鹿城英才')
  nameZh: string;

  @OptionalText(200, 'Lucheng Talents')
  nameEn?: string | null;

  @RequiredText(100, '包头市')
  issuer: string;

  @OneOf(TIERS, false)
  tier?: Tier | null;

  @ApiPropertyOptional({ type: [PolicyConditionDto], maxItems: MAX_LIST, description: 'All of them must be met' })
  @IsOptional()
  @ArrayMaxSize(MAX_LIST)
  @ValidateNestedList(() => PolicyConditionDto)
  conditions?: PolicyConditionDto[];

  @ApiPropertyOptional({ type: [PolicyBenefitDto], maxItems: MAX_LIST })
  @IsOptional()
  @ArrayMaxSize(MAX_LIST)
  @ValidateNestedList(() => PolicyBenefitDto)
  benefits?: PolicyBenefitDto[];

  @ApiPropertyOptional({ default: false, description: 'Demo or example data, not the text of a policy' })
  @IsOptional()
  @IsBoolean()
  illustrative?: boolean;

  @OptionalText(1000)
  sourceNote?: string | null;

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @OptionalText(100)
  externalKey?: string | null;
}

export class UpdatePolicyDto extends IntersectionType(PartialType(CreatePolicyDto), VersionedUpdateDto) {}

const queryBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class PolicyQueryDto extends PageQueryDto {
  @OneOf(TIERS, false)
  tier?: Tier;

  @OptionalText(100, '包头市')
  issuer?: string;

  @ApiPropertyOptional({ type: Boolean })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  active?: boolean;
}

export class TalentPoliciesQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'The position the talent would take; without it, position-side conditions are unknown' })
  @IsOptional()
  @IsUUID()
  positionId?: string;
}
