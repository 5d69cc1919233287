import { MemberSearch } from './search-source';
import { DirectoryAccountReactions } from './account-reactions';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DirectoryController } from './directory.controller';
import { MemberProfile } from './entities/member-profile.entity';
import { MemberProfilesService } from './member-profiles.service';
import { DirectoryFilingReactions } from './filing-reactions';

@Module({
  imports: [TypeOrmModule.forFeature([MemberProfile])],
  controllers: [DirectoryController],
  providers: [MemberProfilesService, DirectoryFilingReactions, DirectoryAccountReactions, MemberSearch],
  exports: [MemberProfilesService],
})
export class DirectoryModule {}
