import { activeMemberSql } from '../accounts';

/**
 * Joins `users u` to `member_profiles p`: the directory and the search show only active members
 * (accounts decides who they are).
 */
export const MEMBER_JOIN = `u.id = p.user_id AND ${activeMemberSql('u')}`;
