import { Body, Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiCookieAuth, ApiNoContentResponse, ApiTags } from '@nestjs/swagger';
import { AuthError } from '@cadre/shared';
import { LoginRateLimit } from '../../common/http/rate-limit';
import type { Request, Response } from 'express';
import { Access, CurrentUser, Origin, Returns, type RequestOrigin } from '../../common/auth/access.decorator';
import { Fails } from '../../common/errors/fails.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppConfig } from '../../config/app-config';
import { AuthService } from './auth.service';
import { ChangePasswordDto, LoginDto, TokenDto } from './dto/auth.dto';

export const REFRESH_COOKIE = 'cadre_rt';
const COOKIE_PATH = '/api/auth';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly config: AppConfig,
  ) {}

  @Post('login')
  @HttpCode(200)
  @LoginRateLimit()
  @Access({ public: true, summary: 'Sign in; sets the refresh cookie' })
  @Returns(TokenDto)
  @Fails({ 401: [AuthError.InvalidCredentials], 403: [AuthError.Disabled], 429: [AuthError.Locked, AuthError.Throttled] })
  async login(@Body() dto: LoginDto, @Origin() origin: RequestOrigin, @Res({ passthrough: true }) res: Response): Promise<TokenDto> {
    const { refreshToken, ...tokens } = await this.auth.login(dto.username, dto.password, origin);
    this.setCookie(res, refreshToken);
    return tokens;
  }

  @Post('refresh')
  @HttpCode(200)
  @Access({ public: true, summary: 'A new access token for the refresh cookie; the refresh token rotates' })
  @ApiCookieAuth('cookie')
  @Returns(TokenDto)
  @Fails({ 401: [AuthError.RefreshInvalid, AuthError.SessionExpired] })
  async refresh(@Req() req: Request, @Origin() origin: RequestOrigin, @Res({ passthrough: true }) res: Response): Promise<TokenDto> {
    const cookies = req.cookies as Record<string, string | undefined> | undefined;
    try {
      const { refreshToken, ...tokens } = await this.auth.refresh(cookies?.[REFRESH_COOKIE], origin);
      this.setCookie(res, refreshToken);
      return tokens;
    } catch (error) {
      this.clearCookie(res);
      throw error;
    }
  }

  @Post('logout')
  @HttpCode(204)
  @Access({ beforePasswordChange: true, summary: 'Sign out: revokes this session and its refresh token' })
  @ApiNoContentResponse()
  async logout(@CurrentUser() user: AuthUser, @Origin() origin: RequestOrigin, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.auth.logout(user, origin);
    this.clearCookie(res);
  }

  @Post('password')
  @HttpCode(204)
  @Access({ beforePasswordChange: true, summary: 'Change my password; other sessions end' })
  @ApiNoContentResponse()
  @Fails({ 400: [AuthError.PasswordReused, AuthError.WeakPassword, AuthError.WrongPassword], 429: [AuthError.Locked, AuthError.Throttled] })
  async changePassword(
    @CurrentUser() user: AuthUser,
    @Body() dto: ChangePasswordDto,
    @Origin() origin: RequestOrigin,
    @Res({ passthrough: true }) res: Response,
  ): Promise<void> {
    const refreshToken = await this.auth.changePassword(user, dto.currentPassword, dto.newPassword, origin);
    this.setCookie(res, refreshToken);
  }

  private setCookie(res: Response, token: string): void {
    res.cookie(REFRESH_COOKIE, token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.cookieSecure,
      path: COOKIE_PATH,
      maxAge: this.config.sessionMaxHours * 3_600_000,
    });
  }

  private clearCookie(res: Response): void {
    res.clearCookie(REFRESH_COOKIE, { httpOnly: true, sameSite: 'strict', secure: this.config.cookieSecure, path: COOKIE_PATH });
  }
}
