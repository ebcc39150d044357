import { DynamicModule, Module } from '@nestjs/common';
import { Clock } from './common/clock';
import { AppConfig, APP_CONFIG } from './config/app-config';
import { DatabaseModule } from './database/database.module';
import { ActionsModule } from './modules/actions/actions.module';
import { AimingPointsModule } from './modules/aiming-points/aiming-points.module';
import { CommitteesModule } from './modules/committees/committees.module';
import { AuditModule } from './modules/audit/audit.module';
import { AuthModule } from './modules/auth/auth.module';
import { CommentsModule } from './modules/comments/comments.module';
import { AssessmentsModule } from './modules/assessments/assessments.module';
import { AdjustmentsModule } from './modules/adjustments/adjustments.module';
import { ScenariosModule } from './modules/scenarios/scenarios.module';
import { AlignmentModule } from './modules/alignment/alignment.module';
import { DemoModule } from './modules/demo/demo.module';
import { FocusAreasModule } from './modules/focus-areas/focus-areas.module';
import { FollowUpModule } from './modules/follow-up/follow-up.module';
import { RemindersModule } from './modules/reminders/reminders.module';
import { GraphModule } from './modules/graph/graph.module';
import { PlanHealthModule } from './modules/plan-health/plan-health.module';
import { HealthController } from './modules/health/health.controller';
import { IndicatorsModule } from './modules/indicators/indicators.module';
import { LinksModule } from './modules/links/links.module';
import { ObservationsModule } from './modules/observations/observations.module';
import { PlanDocumentsModule } from './modules/plan-documents/plan-documents.module';
import { PlansModule } from './modules/plans/plans.module';
import { ReportsModule } from './modules/reports/reports.module';
import { RevisionsModule } from './modules/revisions/revisions.module';
import { UnitsModule } from './modules/units/units.module';
import { UsersModule } from './modules/users/users.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, clock: Clock): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        DatabaseModule,
        AuditModule,
        AuthModule,
        UsersModule,
        PlansModule,
        AimingPointsModule,
        CommitteesModule,
        UnitsModule,
        FocusAreasModule,
        ActionsModule,
        IndicatorsModule,
        ObservationsModule,
        LinksModule,
        AssessmentsModule,
        AdjustmentsModule,
        ScenariosModule,
        GraphModule,
        RevisionsModule,
        PlanHealthModule,
        AlignmentModule,
        PlanDocumentsModule,
        CommentsModule,
        FollowUpModule,
        RemindersModule,
        ReportsModule,
        DemoModule,
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: Clock, useValue: clock },
      ],
      exports: [APP_CONFIG, Clock],
    };
  }
}
