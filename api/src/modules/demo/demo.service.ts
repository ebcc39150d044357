import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig, APP_CONFIG } from '../../config/app-config';
import { Database } from '../../database/database';
import { PlanDocumentsService } from '../plan-documents/plan-documents.service';
import { Plan } from '../plans/plan.entity';
import hedensted from '../../seed/hedensted.plan.json';

/** In demo mode, an empty Kompas starts with Hedensted's plan, loaded through the ordinary import. */
@Injectable()
export class DemoService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Demo');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: Database,
    private readonly documents: PlanDocumentsService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.demo) return;
    const plans = await this.db.read((em) => em.count(Plan));
    if (plans > 0) return;
    const plan = await this.documents.import(hedensted);
    this.logger.log(`Demo mode: loaded "${plan.title}" (${plan.imported.actions} actions, ${plan.imported.observations} observations).`);
  }
}
