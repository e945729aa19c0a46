import { createRequire } from 'node:module';
import { Controller, Get, Header, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../auth/access.decorator.js';
import { DASHBOARD_CSS, DASHBOARD_HTML, DASHBOARD_JS } from './dashboard-page.js';

const ECHARTS = createRequire(import.meta.url).resolve('echarts/dist/echarts.min.js');

/**
 * The dashboard page and its assets are public (they hold no data); the script signs in
 * and reads the campaign reports through the API like any other client.
 */
@ApiExcludeController()
@Controller('dashboard')
@Public()
export class DashboardController {
  @Get()
  @Header('Content-Type', 'text/html; charset=utf-8')
  page(): string {
    return DASHBOARD_HTML;
  }

  @Get('dashboard.js')
  @Header('Content-Type', 'text/javascript; charset=utf-8')
  script(): string {
    return DASHBOARD_JS;
  }

  @Get('dashboard.css')
  @Header('Content-Type', 'text/css; charset=utf-8')
  style(): string {
    return DASHBOARD_CSS;
  }

  @Get('echarts.min.js')
  echarts(@Res() response: Response): void {
    response.sendFile(ECHARTS, { maxAge: '1d' });
  }
}
