import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts';
import { AnnouncementsModule } from '../announcements';
import { CasesModule } from '../cases';
import { ChannelsModule } from '../channels';
import { ConsultationsModule } from '../consultations';
import { FilingsModule } from '../filings';
import { OpportunitiesModule } from '../opportunities';
import { DemoContentService } from './demo-content.service';
import { DemoInstall } from './entities/demo-install.entity';
import { DemoRecord } from './entities/demo-record.entity';

@Module({
  imports: [
    TypeOrmModule.forFeature([DemoRecord, DemoInstall]),
    AccountsModule,
    AnnouncementsModule,
    CasesModule,
    ChannelsModule,
    ConsultationsModule,
    FilingsModule,
    OpportunitiesModule,
  ],
  providers: [DemoContentService],
  exports: [DemoContentService],
})
export class DemoModule {}
