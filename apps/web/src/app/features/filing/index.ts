/** The filing feature's face: the API client and the attachments piece the staff review reuses. */
export { FilingApi } from './filing.api';
export { FilingAttachmentsComponent } from './filing-attachments.component';
