/** Consultations on draft standards: the public face. */
export { ConsultationsModule } from './consultations.module';
export { ConsultationsService } from './consultations.service';
export { ConsultationCommentsService } from './comments.service';
export { SurveyService } from './survey.service';
