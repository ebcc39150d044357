import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig, APP_CONFIG } from '../../config/app-config';
import { Database } from '../../database/database';
import { SYSTEM_ACTOR } from '../audit/change';
import { DEMO_PASSWORD, DEMO_USERS } from '../auth/demo-users';
import { Committee } from '../committees/committee.entity';
import { PlanDocumentsService } from '../plan-documents/plan-documents.service';
import { Plan } from '../plans/plan.entity';
import { Unit } from '../units/unit.entity';
import { User } from '../users/user.entities';
import { UsersService } from '../users/users.service';
import hedensted from '../../seed/hedensted.plan.json';

/**
 * In demo mode, an empty Kompas starts with Hedensted's plan, loaded through
 * the ordinary import, and with one demo login per role.
 */
@Injectable()
export class DemoService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Demo');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: Database,
    private readonly documents: PlanDocumentsService,
    private readonly users: UsersService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.demo) return;
    const plans = await this.db.read((em) => em.count(Plan));
    if (plans === 0) {
      const plan = await this.documents.import(SYSTEM_ACTOR, hedensted);
      this.logger.log(`Demo mode: loaded "${plan.title}" (${plan.imported.actions} actions, ${plan.imported.observations} observations).`);
    }
    await this.createDemoUsers();
  }

  /** The demo logins that do not exist yet; each bound to Hedensted's committee or unit it names. */
  private async createDemoUsers(): Promise<void> {
    const created: string[] = [];
    for (const demo of DEMO_USERS) {
      const exists = await this.db.read((em) => em.findOne(User, { where: { username: demo.username } }));
      if (exists) continue;
      const committee = demo.committee
        ? await this.db.read((em) => em.findOne(Committee, { where: { name: demo.committee }, order: { createdAt: 'ASC' } }))
        : null;
      const unit = demo.unit
        ? await this.db.read((em) => em.findOne(Unit, { where: { name: demo.unit }, order: { createdAt: 'ASC' } }))
        : null;
      if ((demo.committee && !committee) || (demo.unit && !unit)) {
        this.logger.warn(`Demo login "${demo.username}" not created: ${demo.committee ?? demo.unit} is not in the database.`);
        continue;
      }
      await this.users.createUser(
        SYSTEM_ACTOR,
        {
          username: demo.username,
          name: demo.name,
          password: DEMO_PASSWORD,
          roles: demo.roles,
          committeeIds: committee ? [committee.id] : [],
          unitIds: unit ? [unit.id] : [],
        },
        { demo: true },
      );
      created.push(demo.username);
    }
    if (created.length) this.logger.log(`Demo mode: logins ${created.join(', ')} with the password "${DEMO_PASSWORD}".`);
  }
}
