import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { RequiredText } from '../common/validation/text.decorators';

const USERNAME = /^[a-z0-9][a-z0-9._@-]{2,63}$/i;

export class LoginDto {
  @ApiProperty({ example: 'coordinator' })
  @IsString()
  @MaxLength(64)
  username: string;

  @ApiProperty({ example: 'Coord-demo-2026' })
  @IsString()
  @MaxLength(200)
  password: string;
}

export class RefreshDto {
  @ApiProperty()
  @IsString()
  @MaxLength(200)
  refreshToken: string;
}

export class NewPasswordField {
  @ApiProperty({ minLength: 10, maxLength: 200 })
  @IsString()
  @MinLength(10, { message: 'password must be at least 10 characters' })
  @MaxLength(200)
  password: string;
}

/** Self-registration creates a talent account and its (empty) profile; other roles are created by staff. */
export class RegisterTalentDto extends NewPasswordField {
  @ApiProperty({ example: 'zhang.wei', description: '3–64 letters, digits, . _ @ -' })
  @IsString()
  @Matches(USERNAME, { message: 'username must be 3–64 letters, digits, . _ @ or -' })
  username: string;

  @RequiredText(100, '张伟')
  name: string;
}

export class ChangePasswordDto {
  @ApiProperty()
  @IsString()
  @MaxLength(200)
  currentPassword: string;

  @ApiProperty({ minLength: 10, maxLength: 200 })
  @IsString()
  @MinLength(10, { message: 'newPassword must be at least 10 characters' })
  @MaxLength(200)
  newPassword: string;
}

export class CreateApiTokenDto {
  @RequiredText(100, 'HR system sync')
  name: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 365, description: 'Omitted: never expires (revoke it instead)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(365)
  expiresInDays?: number;
}

export { USERNAME };
