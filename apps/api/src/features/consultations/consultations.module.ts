import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts';
import { DirectoryModule } from '../directory';
import { NotificationsModule } from '../notifications';
import { ConsultationCommentsService } from './comments.service';
import { ConsultationNotices } from './consultation-notices';
import { ConsultationsController } from './consultations.controller';
import { ConsultationsService } from './consultations.service';
import { ConsultationClause } from './entities/consultation-clause.entity';
import { ConsultationComment } from './entities/consultation-comment.entity';
import { ConsultationResponse } from './entities/consultation-response.entity';
import { Consultation } from './entities/consultation.entity';
import { ParticipationController } from './participation.controller';
import { FiguresCache } from './figures-cache';
import { ConsultationSearch } from './search-source';
import { SurveyService } from './survey.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([Consultation, ConsultationClause, ConsultationComment, ConsultationResponse]),
    AccountsModule,
    DirectoryModule,
    NotificationsModule,
  ],
  controllers: [ConsultationsController, ParticipationController],
  providers: [
    ConsultationsService,
    ConsultationCommentsService,
    SurveyService,
    ConsultationNotices,
    ConsultationSearch,
    FiguresCache,
  ],
  exports: [ConsultationsService, ConsultationCommentsService, SurveyService],
})
export class ConsultationsModule {}
