import { Body, Controller, Delete, Get, HttpCode, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { UuidParam } from '../common/validation/uuid-param.pipe';
import { CurrentPrincipal, Public, Roles, Staff } from './access.decorator';
import { ChangePasswordDto, CreateApiTokenDto, LoginDto, RefreshDto, RegisterTalentDto } from './auth.dto';
import { AuthService } from './auth.service';
import type { Principal } from './principal';
import { ApiCreated, ApiErrors, ApiNoContent, ApiOk } from '../common/openapi/api-responses';
import { ApiTokenListSchema, NewApiTokenSchema, QueueBoardTicketSchema, TokenPairSchema, UserViewSchema } from './auth.openapi';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Post('login')
  @ApiOk(TokenPairSchema)
  @ApiErrors(401, 429)
  @HttpCode(200)
  login(@Body() body: LoginDto, @Req() req: Request) {
    return this.auth.login(body, req.ip ?? '');
  }

  @Public()
  @Post('refresh')
  @ApiOk(TokenPairSchema)
  @HttpCode(200)
  refresh(@Body() body: RefreshDto) {
    return this.auth.refresh(body.refreshToken);
  }

  @Public()
  @Post('logout')
  @ApiNoContent()
  @HttpCode(204)
  async logout(@Body() body: RefreshDto) {
    await this.auth.logout(body.refreshToken);
  }

  @Public()
  @Post('register')
  @ApiCreated(TokenPairSchema)
  @ApiErrors(409)
  register(@Body() body: RegisterTalentDto) {
    return this.auth.registerTalent(body);
  }

  @ApiBearerAuth()
  @Roles('admin', 'coordinator', 'enterprise', 'talent')
  @Get('me')
  @ApiOk(UserViewSchema)
  @ApiErrors(403)
  me(@CurrentPrincipal() principal: Principal) {
    return this.auth.me(principal);
  }

  @ApiBearerAuth()
  @Roles('admin', 'coordinator', 'enterprise', 'talent')
  @Post('password')
  @ApiOk(TokenPairSchema, 'A new token pair; every other session is signed out')
  @ApiErrors(403)
  @HttpCode(200)
  changePassword(@CurrentPrincipal() principal: Principal, @Body() body: ChangePasswordDto) {
    return this.auth.changePassword(principal, body);
  }

  /**
   * A link that opens the queue board in a browser: a one-minute ticket, exchanged at /queues for a
   * cookie scoped to the board (a link cannot carry the Authorization header).
   */
  @ApiBearerAuth()
  @Staff()
  @Post('queue-board-ticket')
  @ApiOk(QueueBoardTicketSchema)
  @ApiErrors(403)
  @HttpCode(200)
  queueBoardTicket(@CurrentPrincipal() principal: Principal) {
    return this.auth.queueBoardTicket(principal);
  }

  /** Integration tokens act as the account that made them (Bearer tm_…); the secret is shown once. */
  @ApiBearerAuth()
  @Roles('admin', 'coordinator', 'enterprise')
  @Post('api-tokens')
  @ApiCreated(NewApiTokenSchema)
  @ApiErrors(403)
  createApiToken(@CurrentPrincipal() principal: Principal, @Body() body: CreateApiTokenDto) {
    return this.auth.createApiToken(principal, body);
  }

  @ApiBearerAuth()
  @Roles('admin', 'coordinator', 'enterprise')
  @Get('api-tokens')
  @ApiOk(ApiTokenListSchema)
  @ApiErrors(403)
  listApiTokens(@CurrentPrincipal() principal: Principal) {
    return this.auth.listApiTokens(principal);
  }

  @ApiBearerAuth()
  @Roles('admin', 'coordinator', 'enterprise')
  @Delete('api-tokens/:id')
  @ApiNoContent()
  @ApiErrors(403, 404)
  @HttpCode(204)
  async revokeApiToken(@CurrentPrincipal() principal: Principal, @UuidParam() id: string) {
    await this.auth.revokeApiToken(principal, id);
  }
}
