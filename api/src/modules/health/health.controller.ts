import { Controller, Get } from '@nestjs/common';
import { ERROR_CODES } from '@kompas/domain';
import { ApiError } from '../../common/api-error';
import { ApiOkResponse, ApiProperty, ApiResponse, ApiTags } from '@nestjs/swagger';
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
  @Route('200 when the database answers, 503 when it does not')
  @ApiResponse({ status: 503, description: 'The database is not reachable.' })
  @ApiOkResponse({ type: HealthDto })
  async health(): Promise<HealthDto> {
    try {
      await this.db.read((em) => em.query('SELECT 1'));
      return { status: 'ok', database: 'ok' };
    } catch {
      throw new ApiError(ERROR_CODES.unavailable, 'The database is not reachable.');
    }
  }
}
