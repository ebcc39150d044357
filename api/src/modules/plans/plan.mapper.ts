import { iso } from '../../common/find';
import { PlanDto } from './dto/plan.dto';
import { Plan } from './plan.entity';

export const toPlanDto = (p: Plan): PlanDto => ({
  id: p.id,
  organisation: p.organisation,
  councilName: p.councilName,
  title: p.title,
  visionStatement: p.visionStatement,
  motivations: p.motivations,
  sections: p.sections,
  periodStart: p.periodStart,
  periodEnd: p.periodEnd,
  status: p.status,
  example: p.example,
  version: p.version,
  createdAt: iso(p.createdAt),
  updatedAt: iso(p.updatedAt),
});
