import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AppConfig } from '../core/config/app-config.js';
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError, UnauthenticatedError } from '../core/errors/domain-error.js';
import { paginate, type Page } from '../core/http/pagination.js';
import { inRegionSubtree } from '../regions/region-subtree.js';
import { MANAGEABLE_ROLES, managedAccounts } from './account-policy.js';
import type { Actor } from './actor.js';
import { AuthService } from './auth.service.js';
import type { AccountQueryDto, CreateAccountDto, UpdateAccountDto } from './dto/account.dto.js';
import { hashPassword, passwordMatches } from './passwords.js';
import { CENTRE_ROLES, isOneOf, type Role } from './roles.js';
import { UserAccount } from './user-account.entity.js';

type Scope = Pick<UserAccount, 'regionCode' | 'enterpriseId' | 'seekerId'>;

@Injectable()
export class AccountsService {
  private readonly logger = new Logger('Accounts');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly auth: AuthService,
    private readonly config: AppConfig,
  ) {}

  async get(id: string): Promise<UserAccount> {
    const account = await this.dataSource.getRepository(UserAccount).findOneBy({ id });
    if (!account) throw new NotFoundError('account', id);
    return account;
  }

  /** An account the actor manages; any other answers 404. */
  async getManaged(actor: Actor, id: string): Promise<UserAccount> {
    const account = await this.managedQuery(actor).andWhere('u.id = :id', { id }).getOne();
    if (!account) throw new NotFoundError('account', id);
    return account;
  }

  list(actor: Actor, query: AccountQueryDto): Promise<Page<UserAccount>> {
    const qb = this.managedQuery(actor).orderBy('u.username', 'ASC');
    if (query.role !== undefined) qb.andWhere('u.role = :role', { role: query.role });
    if (query.q !== undefined) {
      qb.andWhere('(strpos(u.username, lower(:q)) > 0 OR strpos(lower(u.displayName), lower(:q)) > 0)', { q: query.q });
    }
    return paginate(qb, query);
  }

  async create(actor: Actor, dto: CreateAccountDto): Promise<UserAccount> {
    if (!MANAGEABLE_ROLES[actor.role].includes(dto.role)) {
      throw new ForbiddenError('ROLE_NOT_ALLOWED', `A ${actor.role} may not create ${dto.role} accounts`);
    }
    const scope = await this.checkedScope(actor, dto);
    const username = dto.username.toLowerCase();
    if (await this.dataSource.getRepository(UserAccount).existsBy({ username })) {
      throw new ConflictError('USERNAME_TAKEN', `username ${username} is taken`);
    }
    if (scope.seekerId && (await this.dataSource.getRepository(UserAccount).existsBy({ seekerId: scope.seekerId }))) {
      throw new ConflictError('SEEKER_HAS_ACCOUNT', 'This seeker already has an account');
    }
    const result = await this.dataSource.getRepository(UserAccount).insert({
      username,
      displayName: dto.displayName,
      passwordHash: await hashPassword(dto.password),
      role: dto.role,
      ...scope,
    });
    return this.get((result.identifiers[0] as { id: string }).id);
  }

  async update(actor: Actor, id: string, dto: UpdateAccountDto): Promise<UserAccount> {
    await this.getManaged(actor, id);
    if (id === actor.userId && dto.active === false) {
      throw new ConflictError('CANNOT_DEACTIVATE_SELF', 'You cannot deactivate your own account');
    }
    const passwordHash = dto.password !== undefined ? await hashPassword(dto.password) : undefined;
    await this.dataSource.transaction(async (manager) => {
      await manager.update(UserAccount, { id }, {
        ...(dto.displayName !== undefined ? { displayName: dto.displayName } : {}),
        ...(dto.active !== undefined ? { active: dto.active } : {}),
        ...(passwordHash !== undefined ? { passwordHash } : {}),
      });
      if (dto.active === false) await this.auth.revokeSessionsOf(id, 'deactivated', undefined, manager);
      if (passwordHash !== undefined) await this.auth.revokeSessionsOf(id, 'password_reset', undefined, manager);
    });
    return this.get(id);
  }

  async changeOwnPassword(actor: Actor, currentPassword: string, newPassword: string): Promise<void> {
    const account = await this.dataSource
      .getRepository(UserAccount)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.id = :id', { id: actor.userId })
      .getOneOrFail();
    if (!(await passwordMatches(currentPassword, account.passwordHash))) {
      throw new UnauthenticatedError('INVALID_CREDENTIALS', 'The current password is wrong');
    }
    const passwordHash = await hashPassword(newPassword);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(UserAccount, { id: actor.userId }, { passwordHash });
      await this.auth.revokeSessionsOf(actor.userId, 'password_changed', actor.sessionId, manager);
    });
  }

  /**
   * Creates the centre admin named by ADMIN_USERNAME with ADMIN_PASSWORD when no account
   * has that name yet (so the demo's accounts do not stand in for it). An existing account
   * is never changed from config. Several API processes may race here: the unique
   * username decides.
   */
  async ensureFirstAdmin(): Promise<void> {
    const repository = this.dataSource.getRepository(UserAccount);
    const { ADMIN_USERNAME, ADMIN_PASSWORD: password, ADMIN_REGION_CODE: regionCode } = this.config;
    const username = ADMIN_USERNAME.toLowerCase();
    if (await repository.existsBy({ username })) return;
    if (password === undefined) {
      if (!(await repository.existsBy({ role: 'centre_admin' }))) {
        this.logger.warn('No centre admin exists and ADMIN_PASSWORD is not set: nobody can sign in to manage accounts');
      }
      return;
    }
    if (regionCode !== undefined && !(await this.regionExists(this.dataSource.manager, regionCode))) {
      this.logger.warn(`ADMIN_REGION_CODE ${regionCode} is not imported yet; the admin "${username}" will be created on a later start`);
      return;
    }
    await repository
      .createQueryBuilder()
      .insert()
      .values({
        username,
        displayName: '中心管理员',
        passwordHash: await hashPassword(password),
        role: 'centre_admin',
        regionCode: regionCode ?? null,
      })
      .orIgnore()
      .execute();
    this.logger.log(`Centre admin "${username}" created from ADMIN_USERNAME / ADMIN_PASSWORD`);
  }

  private managedQuery(actor: Actor) {
    return this.dataSource.getRepository(UserAccount).createQueryBuilder('u').where(...managedAccounts(actor));
  }

  /** The scope columns for the new account, each checked to lie within the actor's own scope. */
  private async checkedScope(actor: Actor, dto: CreateAccountDto): Promise<Scope> {
    const role: Role = dto.role;
    const unexpected = (['regionCode', 'enterpriseId', 'seekerId'] as const).filter(
      (field) => dto[field] !== undefined && field !== scopeFieldOf(role),
    );
    if (unexpected.length > 0) throw new InvalidInputError(unexpected[0] as string, `a ${role} account has no ${unexpected[0]}`);

    const scope: Scope = { regionCode: null, enterpriseId: null, seekerId: null };
    const manager = this.dataSource.manager;
    if (role === 'hr_officer') {
      scope.enterpriseId = await this.inActorScope(manager, actor, 'enterprise', dto.enterpriseId as string, 'enterpriseId');
    } else if (role === 'seeker') {
      scope.seekerId = await this.inActorScope(manager, actor, 'seeker', dto.seekerId as string, 'seekerId');
    } else if (dto.regionCode === undefined) {
      if (!isOneOf(role, CENTRE_ROLES) || actor.regionCode !== null) {
        throw new InvalidInputError('regionCode', `a ${role} account needs a region within your own`);
      }
    } else {
      const level = await this.regionLevelInScope(manager, actor, dto.regionCode);
      if (role === 'grid_worker' && level !== 'community' && level !== 'grid') {
        throw new InvalidInputError('regionCode', 'a grid worker’s region must be a community or a grid');
      }
      scope.regionCode = dto.regionCode;
    }
    return scope;
  }

  /** The id of an enterprise or seeker in the actor's region; anything else is "not found". */
  private async inActorScope(manager: EntityManager, actor: Actor, table: 'enterprise' | 'seeker', id: string, field: string): Promise<string> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM ${table} t WHERE t.id = $1 AND ($2::varchar IS NULL OR ${inRegionSubtree('t.region_code', '$2')})`,
      [id, actor.regionCode],
    );
    if (rows.length === 0) throw new InvalidInputError(field, `${table} ${id} not found`);
    return id;
  }

  private async regionLevelInScope(manager: EntityManager, actor: Actor, code: string): Promise<string> {
    const rows: Array<{ level: string }> = await manager.query(
      `SELECT r.level FROM region r WHERE r.code = $1 AND ($2::varchar IS NULL OR ${inRegionSubtree('r.code', '$2')})`,
      [code, actor.regionCode],
    );
    if (rows.length === 0) throw new InvalidInputError('regionCode', `region ${code} not found`);
    return (rows[0] as { level: string }).level;
  }

  private async regionExists(manager: EntityManager, code: string): Promise<boolean> {
    return (await manager.query(`SELECT 1 FROM region WHERE code = $1`, [code])).length > 0;
  }
}

function scopeFieldOf(role: Role): 'regionCode' | 'enterpriseId' | 'seekerId' {
  if (role === 'hr_officer') return 'enterpriseId';
  if (role === 'seeker') return 'seekerId';
  return 'regionCode';
}
