import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { ApiError } from '../../common/api-error';
import { iso } from '../../common/find';
import { Database } from '../../database/database';
import { AuditService } from '../audit/audit.service';
import { Actor, allow } from '../audit/change';
import { resolveNode } from '../links/links.service';
import { Comment } from './comment.entity';
import type { CommentDto } from './dto/comment.dto';

type CommentRow = { id: string; nodeId: string; planId: string; authorId: string; authorName: string; body: string; createdAt: string };

const toDto = (r: CommentRow): CommentDto => ({ ...r, createdAt: iso(`${r.createdAt.replace(' ', 'T')}Z`) });

async function commentsOf(em: EntityManager, where: string, param: string): Promise<CommentDto[]> {
  const rows = (await em.query(
    `SELECT c."id", c."nodeId", c."planId", c."authorId", u."name" AS "authorName", c."body", c."createdAt"
       FROM "comment" c JOIN "user" u ON u."id" = c."authorId" WHERE c."${where}" = ? ORDER BY c."createdAt", c.rowid`,
    [param],
  )) as CommentRow[];
  return rows.map(toDto);
}

@Injectable()
export class CommentsService {
  constructor(
    private readonly db: Database,
    private readonly audit: AuditService,
  ) {}

  list(nodeId: string): Promise<CommentDto[]> {
    return this.db.read(async (em) => {
      if (!(await resolveNode(em, nodeId))) throw ApiError.notFound('node', nodeId);
      return commentsOf(em, 'nodeId', nodeId);
    });
  }

  create(actor: Actor, nodeId: string, body: string): Promise<CommentDto> {
    allow(actor, { do: 'comment' });
    return this.audit.change(actor, async (c) => {
      const node = await resolveNode(c.em, nodeId);
      if (!node) throw ApiError.notFound('node', nodeId);
      const id = randomUUID();
      c.describe('comment', node.kind === 'vision' ? 'plan' : node.kind, nodeId);
      await c.touch('comment', id);
      await c.em.insert(Comment, { id, planId: node.planId, nodeId, authorId: actor.userId as string, body });
      return (await commentsOf(c.em, 'id', id))[0];
    });
  }
}
