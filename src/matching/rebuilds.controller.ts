import { Controller, Get, HttpCode, NotFoundException, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { UUID } from '../core/http/uuid-param.js';
import { RebuildService } from './rebuild.service.js';
import { Access } from '../auth/access.decorator.js';

@ApiTags('matching')
@Controller('matching/rebuilds')
export class RebuildsController {
  constructor(private readonly rebuilds: RebuildService) {}

  @Post()
  @Access('centre_admin')
  @HttpCode(202)
  @ApiOperation({ summary: 'Start a full rebuild of all matches; the workers share its chunks' })
  start() {
    return this.rebuilds.start('api');
  }

  @Get('latest')
  @Access('centre_admin', 'centre_staff')
  @ApiOperation({ summary: 'Progress of the most recent rebuild' })
  async latest() {
    const latest = await this.rebuilds.latest();
    if (!latest) throw new NotFoundException('No rebuild has run yet');
    return latest;
  }

  @Get(':id')
  @Access('centre_admin', 'centre_staff')
  @ApiOperation({ summary: 'Progress of one rebuild: chunks done, pairs scored, matches stored' })
  progress(@Param('id', UUID) id: string) {
    return this.rebuilds.progress(id);
  }
}
