import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches } from 'class-validator';
import { Access } from '../../auth/access.decorator.js';
import type { Actor } from '../../auth/actor.js';
import { CurrentActor } from '../../auth/current-actor.decorator.js';
import { MaxChars, NoNulCharacter, Trim } from '../../core/http/dto-decorators.js';
import { PageQueryDto } from '../../core/http/pagination.js';
import { UUID } from '../../core/http/uuid-param.js';
import { ViewerCountDto } from '../dto/event.dto.js';
import { toEventView } from '../event.views.js';
import { QUESTION_STATUSES, type QuestionStatus } from './event-question.entity.js';
import { LivestreamService } from './livestream.service.js';

class QuestionDto {
  @ApiProperty({ example: '公司能解决住宿吗？' })
  @Trim()
  @IsString()
  @MaxChars(300)
  @NoNulCharacter()
  @Matches(/\S/, { message: 'text must not be blank' })
  text: string;
}

class AnswerDto {
  @ApiProperty({ example: '提供两人间宿舍，水电全免' })
  @Trim()
  @IsString()
  @MaxChars(1000)
  @Matches(/\S/, { message: 'answer must not be blank' })
  answer: string;
}

class QuestionQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: QUESTION_STATUSES, description: 'queued: what the host still has to answer' })
  @IsOptional()
  @IsIn(QUESTION_STATUSES)
  status?: QuestionStatus;
}

const ORGANISERS = ['centre_admin', 'centre_staff'] as const;

@ApiTags('events')
@Controller('events/:id')
export class LivestreamController {
  constructor(private readonly livestream: LivestreamService) {}

  @Post('questions')
  @Access(...ORGANISERS, 'seeker', 'grid_worker')
  @ApiOperation({
    summary: 'A viewer question (弹幕): classified (pay, accommodation, travel, education, hours, location, how_to_apply, other)',
    description:
      'Answered at once from the featured positions’ own data when it holds the answer ("公司能解决住宿吗？" → "提供住宿"); otherwise queued for the host. Chat is kept but not queued.',
  })
  ask(@CurrentActor() actor: Actor, @Param('id', UUID) id: string, @Body() dto: QuestionDto) {
    return this.livestream.ask(actor, id, dto.text);
  }

  @Get('questions')
  @Access(...ORGANISERS)
  @ApiOperation({ summary: 'The show’s questions, oldest first; ?status=queued is the host’s queue' })
  questions(@Param('id', UUID) id: string, @Query() query: QuestionQueryDto) {
    return this.livestream.questions(id, query.status, query);
  }

  @Post('questions/:questionId/answer')
  @Access(...ORGANISERS)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'The host answers a question' })
  answer(@CurrentActor() actor: Actor, @Param('id', UUID) id: string, @Param('questionId', UUID) questionId: string, @Body() dto: AnswerDto) {
    return this.livestream.hostAnswer(actor, id, questionId, dto.answer);
  }

  @Post('viewers')
  @Access(...ORGANISERS)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'The current audience of a show, as the streaming platform reports it; the peak is kept' })
  async viewers(@CurrentActor() actor: Actor, @Param('id', UUID) id: string, @Body() dto: ViewerCountDto) {
    return toEventView(await this.livestream.viewers(actor, id, dto.viewers));
  }
}
