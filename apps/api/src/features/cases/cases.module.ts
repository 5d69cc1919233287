import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts';
import { DirectoryModule } from '../directory';
import { NotificationsModule } from '../notifications';
import { CaseAccountReactions } from './account-reactions';
import { CaseFeedbackService } from './case-feedback.service';
import { CaseLibraryService } from './case-library.service';
import { CasesController } from './cases.controller';
import { CasesService } from './cases.service';
import { CaseComment } from './entities/case-comment.entity';
import { CaseMark } from './entities/case-mark.entity';
import { QualityCase } from './entities/case.entity';
import { CaseSearch } from './search-source';

/** The case library (质量案例): writing, review, reading, likes, bookmarks and comments. */
@Module({
  imports: [
    TypeOrmModule.forFeature([QualityCase, CaseMark, CaseComment]),
    AccountsModule,
    DirectoryModule,
    NotificationsModule,
  ],
  controllers: [CasesController],
  providers: [CasesService, CaseLibraryService, CaseFeedbackService, CaseSearch, CaseAccountReactions],
  exports: [CasesService],
})
export class CasesModule {}
