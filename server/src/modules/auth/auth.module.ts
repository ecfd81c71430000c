import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthSession } from './auth-session.entity';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { JwtStrategy } from './jwt.strategy';
import { LoginAccountFailure, LoginFailure } from './login-failure.entity';
import { PruneLoginFailuresJob } from './prune-login-failures.job';
import { RefreshToken } from './refresh-token.entity';
import { SessionCache } from './session-cache';
import { SignInGuard } from './sign-in-guard';

@Module({
  imports: [TypeOrmModule.forFeature([AuthSession, RefreshToken, LoginFailure, LoginAccountFailure]), PassportModule, JwtModule.register({})],
  controllers: [AuthController],
  providers: [AuthService, JwtStrategy, SessionCache, SignInGuard, PruneLoginFailuresJob],
  exports: [SessionCache],
})
export class AuthModule {}
