import { Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Route } from '../../common/api-docs';
import { IdParam } from '../../common/id.pipe';
import type { Actor } from './change';
import { CurrentActor } from '../auth/auth.decorators';
import { RestoreResultDto } from './dto/audit.dto';
import { RestoreResult, RestoreService } from './restore.service';

@ApiTags('audit trail')
@Controller('restore')
export class RestoreController {
  constructor(private readonly restorer: RestoreService) {}

  @Post(':id')
  @HttpCode(200)
  @Route('Restore a deleted node or link, with what its deletion took along (whoever may change it may restore it)', {
    id: 'id',
    errors: [401, 403, 404, 409],
  })
  @ApiOkResponse({ type: RestoreResultDto })
  restore(@CurrentActor() actor: Actor, @IdParam('deleted node or link') id: string): Promise<RestoreResult> {
    return this.restorer.restore(actor, id);
  }
}
