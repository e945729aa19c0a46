import { Module } from '@nestjs/common';
import { CampaignReportService } from './campaign-report.service.js';
import { CampaignsController } from './campaigns.controller.js';
import { CampaignsService } from './campaigns.service.js';

/** Recruitment campaigns and their reports (JSON, CSV, Excel). */
@Module({ controllers: [CampaignsController], providers: [CampaignsService, CampaignReportService], exports: [CampaignReportService, CampaignsService] })
export class CampaignsModule {}
