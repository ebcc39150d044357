import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { ROLES, Role } from '@kompas/domain';
import type { Response } from 'express';
import { Route } from '../../common/api-docs';
import { AppConfig, APP_CONFIG } from '../../config/app-config';
import { LoginDto, MeDto } from '../users/dto/user.dto';
import { KompasRequest, Public } from './auth.decorators';
import { AuthService, SESSION_COOKIE, toMe } from './auth.service';
import { DEMO_USERS } from './demo-users';

class DemoUserDto {
  @ApiProperty({ example: 'udvalg' }) username!: string;
  @ApiProperty({ enum: ROLES }) role!: Role;
  @ApiProperty({ example: 'Member of Udvalget for Læring' }) description!: string;
  @ApiProperty({ example: 'Udvalget for Læring', nullable: true, type: String, description: 'The committee or unit the login is bound to' })
  scope!: string | null;
}

class AuthConfigDto {
  @ApiProperty({ description: 'Demo mode: example data and demo logins' }) demo!: boolean;
  @ApiProperty({ type: [DemoUserDto], description: 'The demo logins (password kompas-demo); empty unless demo mode is on' })
  demoUsers!: DemoUserDto[];
}

class LoginResultDto {
  @ApiProperty({ type: MeDto }) user!: MeDto;
}

@ApiTags('sign-in')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('login')
  @Public()
  @Route('What signing in needs to know, before anyone is signed in: whether demo mode is on, and its logins', { public: true })
  @ApiOkResponse({ type: AuthConfigDto })
  authConfig(): AuthConfigDto {
    return {
      demo: this.config.demo,
      demoUsers: this.config.demo
        ? DEMO_USERS.map(({ username, roles, description, committee, unit }) => ({
            username,
            role: roles[0],
            description,
            scope: committee ?? unit ?? null,
          }))
        : [],
    };
  }

  @Post('login')
  @Public()
  @HttpCode(200)
  @Route('Sign in: sets an httpOnly, SameSite session cookie', { public: true, errors: [400, 401, 403, 429] })
  @ApiOkResponse({ type: LoginResultDto })
  async login(@Body() dto: LoginDto, @Req() req: KompasRequest, @Res({ passthrough: true }) res: Response): Promise<LoginResultDto> {
    const { token, user, expiresAt } = await this.auth.login(dto.username, dto.password, req.ip ?? null);
    res.setHeader('Cache-Control', 'no-store');
    res.cookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.secureCookies,
      path: '/',
      expires: expiresAt,
    });
    return { user: toMe(user) };
  }

  @Post('logout')
  @HttpCode(204)
  @Route('Sign out: ends the session', { errors: [401] })
  @ApiNoContentResponse()
  async logout(@Req() req: KompasRequest, @Res({ passthrough: true }) res: Response): Promise<void> {
    // The guard has found the session's user; without one this answers 401 like every other route.
    const token = (req.cookies as Record<string, string>)[SESSION_COOKIE]; // a well-formed token: the guard checked it
    const user = req.user!;
    await this.auth.logout(token, { userId: user.id, userName: user.name }, req.ip ?? null);
    res.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: this.config.secureCookies });
  }

  @Get('me')
  @Route('The signed-in user and their roles', { errors: [401] })
  @ApiOkResponse({ type: MeDto })
  me(@Req() req: KompasRequest): MeDto {
    // The guard has just found the signed-in user; no need to read them again.
    return toMe(req.user!);
  }
}
