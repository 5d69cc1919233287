import { can, Permission } from '@cqo/contracts';
import type { RequestUser } from '../../platform/auth/request-user';
import type { QualityCase } from './entities/case.entity';

/** Staff write, review, publish and feature cases. */
export const isCaseStaff = (reader: RequestUser | null): boolean =>
  !!reader && can(reader.roles, Permission.ContentPublish);

/** Members and staff read a published case whole; visitors its title and summary. */
export const readsWhole = (reader: RequestUser | null): boolean =>
  !!reader && can(reader.roles, Permission.MemberArea);

/** The author and staff see the working copy and may change it. */
export const mayEdit = (reader: RequestUser | null, c: QualityCase): boolean =>
  !!reader && (c.authorId === reader.id || isCaseStaff(reader));

/** A case nobody has published is seen by its author and staff only. */
export const maySee = (reader: RequestUser | null, c: QualityCase): boolean =>
  !!c.published || mayEdit(reader, c);
