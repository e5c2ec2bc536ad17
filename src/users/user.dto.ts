import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, MaxLength, Min, MinLength } from 'class-validator';
import { USERNAME } from '../auth/auth.dto';
import { ROLES, Role } from '../auth/principal';
import { PageQueryDto } from '../common/pagination/page-query.dto';
import { OptionalText } from '../common/validation/text.decorators';

/**
 * Role and binding of an account: for admins. An enterprise user creating or editing a colleague must
 * not send them (400 naming the field): the account is an enterprise user of the caller's enterprise.
 */
export class AccountBindingDto {
  @ApiPropertyOptional({ enum: ROLES, description: 'Admins only' })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ description: 'Admins only; required with role enterprise' })
  @IsOptional()
  @IsUUID()
  enterpriseId?: string;

  @ApiPropertyOptional({ description: 'Admins only; required with role talent' })
  @IsOptional()
  @IsUUID()
  talentId?: string;
}

export class CreateUserDto extends AccountBindingDto {
  @ApiProperty({ example: 'hr.li' })
  @IsString()
  @Matches(USERNAME, { message: 'username must be 3–64 letters, digits, . _ @ or -' })
  username: string;

  @ApiProperty({ minLength: 10 })
  @IsString()
  @MinLength(10, { message: 'password must be at least 10 characters' })
  @MaxLength(200)
  password: string;

  @OptionalText(100, '李经理')
  displayName?: string;
}

export class UpdateUserDto extends AccountBindingDto {
  @ApiProperty({ description: 'Optimistic lock: the version you read' })
  @IsInt()
  @Min(1)
  version: number;

  @OptionalText(100)
  displayName?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  disabled?: boolean;
}

export class UserQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  enterpriseId?: string;
}
