import { Body, Controller, Get, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Access } from '../auth/access.decorator.js';
import type { Actor } from '../auth/actor.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { PageQueryDto } from '../core/http/pagination.js';
import { UUID } from '../core/http/uuid-param.js';
import { CampaignReportService } from './campaign-report.service.js';
import { CampaignsService } from './campaigns.service.js';
import { CreateCampaignDto, ReportFormatDto, UpdateCampaignDto } from './dto/campaign.dto.js';
import { writeCsv, writeWorkbook } from './report-export.js';

@ApiTags('campaigns')
@Controller('campaigns')
@Access('centre_admin', 'centre_staff')
export class CampaignsController {
  constructor(
    private readonly campaigns: CampaignsService,
    private readonly reports: CampaignReportService,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Create a campaign: period, region (within yours), target groups, goals' })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateCampaignDto) {
    return this.campaigns.create(actor, dto);
  }

  @Get()
  @ApiOperation({ summary: 'Campaigns of your region, latest first' })
  list(@CurrentActor() actor: Actor, @Query() page: PageQueryDto) {
    return this.campaigns.list(actor, page);
  }

  @Get(':id')
  get(@CurrentActor() actor: Actor, @Param('id', UUID) id: string) {
    return this.campaigns.get(actor, id);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Rename, extend or change the goals of a campaign' })
  update(@CurrentActor() actor: Actor, @Param('id', UUID) id: string, @Body() dto: UpdateCampaignDto) {
    return this.campaigns.update(actor, id, dto);
  }

  @Get(':id/report')
  @ApiProduces('application/json', 'text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOperation({
    summary: 'The campaign report: events held by type, enterprises, positions and headcount, livestream views, the application funnel with conversion, split by community, target group and week, top enterprises, goals against actual',
    description: '?format=csv or ?format=xlsx downloads it (streamed). Figures are computed in PostgreSQL for the campaign’s region and period.',
  })
  async report(@CurrentActor() actor: Actor, @Param('id', UUID) id: string, @Query() query: ReportFormatDto, @Res() response: Response): Promise<void> {
    const report = await this.reports.report(await this.campaigns.get(actor, id));
    const format = query.format ?? 'json';
    if (format === 'json') {
      response.json(report);
      return;
    }
    const file = `campaign-${id}.${format}`;
    response.setHeader('Content-Disposition', `attachment; filename="${file}"`);
    if (format === 'csv') {
      response.setHeader('Content-Type', 'text/csv; charset=utf-8');
      await writeCsv(report, response);
      response.end();
      return;
    }
    response.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    await writeWorkbook(report, response);
  }
}
