import { FilingAccountReactions } from './account-reactions';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts';
import { FilingEvent } from './entities/filing-event.entity';
import { Filing } from './entities/filing.entity';
import { FilingAttachmentsController } from './filing-attachments.controller';
import { FilingsController } from './filings.controller';
import { FilingWalk } from './filing-walk';
import { MyDataController } from './my-data.controller';
import { FilingAttachmentsService } from './services/filing-attachments.service';
import { FilingCountCache } from './services/filing-count-cache.service';
import { FilingReviewService } from './services/filing-review.service';
import { FilingsService } from './services/filings.service';
import { RegistrationFormService } from './services/registration-form.service';
import { TalentPoolImportService } from './services/talent-pool-import.service';
import { TalentPoolService } from './services/talent-pool.service';
import { TalentPoolController } from './talent-pool.controller';

@Module({
  imports: [TypeOrmModule.forFeature([Filing, FilingEvent]), AccountsModule],
  controllers: [FilingsController, FilingAttachmentsController, TalentPoolController, MyDataController],
  providers: [
    FilingCountCache,
    TalentPoolImportService,
    FilingsService,
    FilingAttachmentsService,
    FilingReviewService,
    TalentPoolService,
    RegistrationFormService,
    FilingWalk,
    FilingAccountReactions,
  ],
  exports: [FilingsService, TalentPoolService, FilingWalk],
})
export class FilingsModule {}
