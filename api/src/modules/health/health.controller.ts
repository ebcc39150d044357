import { Controller, Get } from '@nestjs/common';
import { ERROR_CODES } from '@kompas/domain';
import { ApiError } from '../../common/api-error';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Route } from '../../common/api-docs';
import { Database } from '../../database/database';
import { Public } from '../auth/auth.decorators';

class HealthDto {
  @ApiProperty({ example: 'ok' }) status!: 'ok';
  @ApiProperty({ example: 'ok' }) database!: 'ok';
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly db: Database) {}

  @Get()
  @Public()
  @Route('200 when the database answers, 503 when it does not', { public: true, errors: [503] })
  @ApiOkResponse({ type: HealthDto })
  async health(): Promise<HealthDto> {
    // Never waits for a write in progress (an import): the read connection answers beside it.
    const answers = await this.db.answers().catch(() => false);
    if (!answers) throw new ApiError(ERROR_CODES.unavailable, 'The database is not reachable.');
    return { status: 'ok', database: 'ok' };
  }
}
