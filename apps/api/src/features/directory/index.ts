/** The directory feature's public face: member profiles, and who is in an audience. */
export { DirectoryModule } from './directory.module';
export { MemberProfilesService } from './member-profiles.service';
export type { MemberProfile } from './entities/member-profile.entity';
export { inAudience, searchSegmentOf, segmentOf } from './audience';
export { directoryFilterSql, memberConditionsSql, type DirectoryFilter } from './directory-filter';
export { MEMBER_JOIN } from './member-join';
