import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { mapPage } from '../core/http/pagination.js';
import { CreateRegionDto } from './dto/create-region.dto.js';
import { RegionQueryDto, SubtreeQueryDto } from './dto/region-query.dto.js';
import {
  RegionDetailResponse,
  RegionListResponse,
  RegionPageResponse,
  RegionResponse,
  toRegionResponse,
  toRegionSummary,
} from './dto/region.response.js';
import { UpdateRegionDto } from './dto/update-region.dto.js';
import { RegionsService } from './regions.service.js';
import { Access, SignedIn } from '../auth/access.decorator.js';
import type { Actor } from '../auth/actor.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';

/** Regions are reference data: no record-level scope on reads. */
const READABLE_BY_ALL = 'Every signed-in role reads the whole tree.';

@ApiTags('regions')
@Controller('regions')
export class RegionsController {
  constructor(private readonly regions: RegionsService) {}

  @Get()
  @SignedIn()
  @ApiOperation({
    summary: 'List regions, filtered by parent, level, name or roots only (ordered by code)',
    description: READABLE_BY_ALL,
  })
  async list(@Query() query: RegionQueryDto): Promise<RegionPageResponse> {
    return mapPage(await this.regions.list(query), toRegionResponse);
  }

  @Get(':code')
  @SignedIn()
  @ApiOperation({
    summary: 'One region with its breadcrumb (ancestors, root first) and number of children',
    description: READABLE_BY_ALL,
  })
  @ApiNotFoundResponse({ description: 'REGION_NOT_FOUND' })
  async get(@Param('code') code: string): Promise<RegionDetailResponse> {
    const { region, ancestors, childCount } = await this.regions.detail(code);
    return { ...toRegionResponse(region), ancestors: ancestors.map(toRegionSummary), childCount };
  }

  @Get(':code/children')
  @SignedIn()
  @ApiOperation({
    summary: 'Direct children of a region, ordered by code (not paginated)',
    description: READABLE_BY_ALL,
  })
  @ApiNotFoundResponse({ description: 'REGION_NOT_FOUND' })
  async children(@Param('code') code: string): Promise<RegionListResponse> {
    const children = await this.regions.children(code);
    return { items: children.map(toRegionResponse), total: children.length };
  }

  @Get(':code/subtree')
  @SignedIn()
  @ApiOperation({
    summary: 'All descendants of a region in tree order, optionally of one level (paginated)',
    description: READABLE_BY_ALL,
  })
  @ApiNotFoundResponse({ description: 'REGION_NOT_FOUND' })
  async subtree(@Param('code') code: string, @Query() query: SubtreeQueryDto): Promise<RegionPageResponse> {
    return mapPage(await this.regions.subtree(code, query), toRegionResponse);
  }

  @Post()
  @Access('centre_admin')
  @ApiOperation({
    summary: 'Create a region (e.g. a grid under a community); the path is computed',
    description:
      'Centre admins only, below a region of their own subtree: a parentCode outside it answers 400 on parentCode, exactly like an unknown one; only a nationwide admin (no region) creates roots.',
  })
  @ApiBadRequestResponse({ description: 'Invalid fields, unknown parentCode, or a level that does not fit under the parent' })
  @ApiConflictResponse({ description: 'REGION_DUPLICATE' })
  async create(@CurrentActor() actor: Actor, @Body() body: CreateRegionDto): Promise<RegionResponse> {
    return toRegionResponse(await this.regions.create(actor, body));
  }

  @Patch(':code')
  @Access('centre_admin')
  @ApiOperation({
    summary: 'Rename a region or set/clear its coordinates (regions are never moved)',
    description: 'Centre admins only, for regions of their own subtree; any other region answers 404 like an unknown one.',
  })
  @ApiNotFoundResponse({ description: 'REGION_NOT_FOUND' })
  async update(@CurrentActor() actor: Actor, @Param('code') code: string, @Body() body: UpdateRegionDto): Promise<RegionResponse> {
    return toRegionResponse(await this.regions.update(actor, code, body));
  }
}
