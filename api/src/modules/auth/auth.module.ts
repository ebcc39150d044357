import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { SignInThrottle } from './sign-in-throttle';

@Global()
@Module({
  controllers: [AuthController],
  providers: [AuthService, SignInThrottle, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [AuthService, SignInThrottle],
})
export class AuthModule {}
