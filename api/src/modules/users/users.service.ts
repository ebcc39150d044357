import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { checkRoleScopes, ERROR_CODES, ErrorCode, normaliseEmail, Role } from '@kompas/domain';
import { randomUUID } from 'node:crypto';
import { EntityManager, In } from 'typeorm';
import { ApiError } from '../../common/api-error';
import { iso } from '../../common/find';
import type { IfMatch } from '../../common/versions';
import { AppConfig, APP_CONFIG } from '../../config/app-config';
import { Database } from '../../database/database';
import { AuditService } from '../audit/audit.service';
import { Actor, allow, Change, SYSTEM_ACTOR } from '../audit/change';
import { Committee } from '../committees/committee.entity';
import { hashPassword } from '../auth/passwords';
import { Unit } from '../units/unit.entity';
import { CreateUserDto, PersonDto, UpdateUserDto, UserDto } from './dto/user.dto';
import { Credential, Session, User } from './user.entities';

export const toUserDto = (u: User): UserDto => ({
  id: u.id,
  username: u.username,
  name: u.name,
  email: u.email,
  roles: u.roles,
  committeeIds: u.committeeIds,
  unitIds: u.unitIds,
  active: u.active,
  demo: u.demo,
  version: u.version,
  createdAt: iso(u.createdAt),
  updatedAt: iso(u.updatedAt),
});

/** The order roles are stored and shown in. */
const sortRoles = (roles: Role[]): Role[] =>
  (['administrator', 'director', 'committeeMember', 'manager', 'viewer'] as Role[]).filter((r) => roles.includes(r));

@Injectable()
export class UsersService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Users');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: Database,
    private readonly audit: AuditService,
  ) {}

  /** With KOMPAS_ADMIN_USERNAME and KOMPAS_ADMIN_PASSWORD set, and no active administrator yet, creates one. */
  async onApplicationBootstrap(): Promise<void> {
    const admin = this.config.admin;
    if (!admin) return;
    const existing = await this.db.read((em) => em.find(User, { where: { active: true, demo: false } }));
    if (existing.some((u) => u.roles.includes('administrator'))) return;
    if (await this.db.read((em) => em.findOne(User, { where: { username: admin.username } }))) {
      this.logger.warn(`KOMPAS_ADMIN_USERNAME "${admin.username}" is taken by a user who is not an active administrator; nothing created.`);
      return;
    }
    await this.createUser(SYSTEM_ACTOR, { username: admin.username, name: admin.name, password: admin.password, roles: ['administrator'] });
    this.logger.log(`Created the first administrator "${admin.username}" from KOMPAS_ADMIN_USERNAME.`);
  }

  list(): Promise<UserDto[]> {
    return this.db.read(async (em) => (await em.find(User, { order: { username: 'ASC' } })).map(toUserDto));
  }

  /** The active users' ids and names, by name as Danish sorts it (then id). */
  people(): Promise<PersonDto[]> {
    return this.db.read(async (em) => {
      const users = await em.find(User, { where: { active: true }, select: { id: true, name: true } });
      const collator = new Intl.Collator('da');
      return users
        .map((u) => ({ id: u.id, name: u.name }))
        .sort((a, b) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    });
  }

  get(id: string): Promise<UserDto> {
    return this.db.read(async (em) => toUserDto(await findUser(em, id)));
  }

  create(actor: Actor, dto: CreateUserDto): Promise<UserDto> {
    allow(actor, { do: 'manageUsers' });
    return this.createUser(actor, dto);
  }

  /** Creates a user (and their password), or refuses with the field at fault. */
  async createUser(actor: Actor, dto: CreateUserDto, options: { demo?: boolean } = {}): Promise<UserDto> {
    const secret = await hashPassword(dto.password);
    return this.audit.change(actor, async (c) => {
      const username = dto.username.toLowerCase();
      if (await c.em.findOne(User, { where: { username } })) {
        throw refused(ERROR_CODES.inUse, 'username', 'taken', `The login "${username}" is taken.`);
      }
      const roles = sortRoles(dto.roles);
      const { committeeIds, unitIds } = await checkScopes(c.em, roles, dto.committeeIds ?? [], dto.unitIds ?? []);
      const id = randomUUID();
      c.describe('create', 'user', id);
      await c.touch('user', id);
      await c.em.insert(User, {
        id,
        username,
        name: dto.name,
        email: normaliseEmail(dto.email ?? null),
        roles,
        committeeIds,
        unitIds,
        active: true,
        demo: options.demo ?? false,
      });
      const credentialId = randomUUID();
      await c.touch('credential', credentialId);
      await c.em.insert(Credential, { id: credentialId, userId: id, kind: 'password', secret });
      return toUserDto(await findUser(c.em, id));
    });
  }

  async update(actor: Actor, id: string, dto: UpdateUserDto, ifMatch: IfMatch): Promise<UserDto> {
    allow(actor, { do: 'manageUsers' });
    const secret = dto.password ? await hashPassword(dto.password) : null;
    return this.audit.change(actor, async (c) => {
      await findUser(c.em, id);
      c.describe('update', 'user', id);
      await this.claim(c, id, ifMatch);
      const user = await findUser(c.em, id);
      if (dto.active === false && user.id === actor.userId) {
        throw refused(ERROR_CODES.validationFailed, 'active', 'yourself', 'You cannot deactivate yourself.');
      }
      const roles = dto.roles ? sortRoles(dto.roles) : user.roles;
      if (actor.userId === id && !roles.includes('administrator')) {
        throw refused(ERROR_CODES.validationFailed, 'roles', 'yourself', 'You cannot take away your own administrator role.');
      }
      const scopes = await checkScopes(
        c.em,
        roles,
        dto.committeeIds ?? (roles.includes('committeeMember') ? user.committeeIds : []),
        dto.unitIds ?? (roles.includes('manager') ? user.unitIds : []),
      );
      const email = dto.email === undefined ? user.email : normaliseEmail(dto.email);
      await c.em.update(User, { id }, { name: dto.name ?? user.name, email, roles, ...scopes, active: dto.active ?? user.active });
      if (dto.active === false) await c.em.delete(Session, { userId: id });
      if (secret) {
        const credential = await c.em.findOne(Credential, { where: { userId: id, kind: 'password' } });
        if (credential) {
          await c.touch('credential', credential.id);
          await c.em.update(Credential, { id: credential.id }, { secret });
        }
        await c.em.delete(Session, { userId: id });
      }
      return toUserDto(await findUser(c.em, id));
    });
  }

  private claim(c: Change, id: string, ifMatch: IfMatch) {
    return this.audit.claim(c, 'user', id, ifMatch, async () => toUserDto(await findUser(c.em, id)));
  }
}

/** A refusal naming the field at fault with a stable code of its own, so the web app can say it in the user's language. */
const refused = (code: ErrorCode, field: string, detail: string, message: string) =>
  new ApiError(code, message, [{ field, code: detail, message }]);

async function findUser(em: EntityManager, id: string): Promise<User> {
  const user = await em.findOne(User, { where: { id } });
  if (!user) throw ApiError.notFound('user', id);
  return user;
}

/** Checks roles against scopes, and that every committee and unit named exists. */
async function checkScopes(em: EntityManager, roles: Role[], committeeIdsRaw: string[], unitIdsRaw: string[]) {
  const committeeIds = [...new Set(committeeIdsRaw.map((x) => x.toLowerCase()))];
  const unitIds = [...new Set(unitIdsRaw.map((x) => x.toLowerCase()))];
  const problem = checkRoleScopes(roles, committeeIds, unitIds);
  if (problem) throw refused(ERROR_CODES.validationFailed, problem.field, problem.code, problem.message);
  if (committeeIds.length) {
    const found = await em.find(Committee, { where: { id: In(committeeIds) }, select: { id: true } });
    const missing = committeeIds.findIndex((id) => !found.some((f) => f.id === id));
    if (missing >= 0) throw ApiError.notFound('committee', committeeIds[missing], `committeeIds.${missing}`);
  }
  if (unitIds.length) {
    const found = await em.find(Unit, { where: { id: In(unitIds) }, select: { id: true } });
    const missing = unitIds.findIndex((id) => !found.some((f) => f.id === id));
    if (missing >= 0) throw ApiError.notFound('unit', unitIds[missing], `unitIds.${missing}`);
  }
  return { committeeIds, unitIds };
}
