import { Controller, Get, Post } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { Access, Public, SignedIn } from './access.decorator.js';
import { AccessDeclarationsCheck } from './access-declarations.check.js';

@Controller('declared')
class DeclaredController {
  @Get()
  @Public()
  open() {}

  @Post()
  @Access('centre_admin')
  write() {}
}

@Controller('class-level')
@SignedIn()
class ClassLevelController {
  @Get()
  read() {}
}

@Controller('forgotten')
class ForgottenController {
  @Get()
  @SignedIn()
  fine() {}

  @Post('oops')
  forgot() {}
}

async function start(...controllers: Array<new () => object>) {
  const moduleRef = await Test.createTestingModule({
    imports: [DiscoveryModule],
    controllers,
    providers: [AccessDeclarationsCheck],
  }).compile();
  const app = moduleRef.createNestApplication();
  try {
    await app.init();
  } finally {
    await app.close();
  }
}

describe('AccessDeclarationsCheck', () => {
  it('lets an app start when every route declares its access, on the method or the class', async () => {
    await expect(start(DeclaredController, ClassLevelController)).resolves.toBeUndefined();
  });

  it('refuses to start and names each route that declares nothing', async () => {
    await expect(start(DeclaredController, ForgottenController)).rejects.toThrow(/ForgottenController\.forgot \(oops\)/);
  });
});
