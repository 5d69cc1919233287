/** The filing feature's face: the API client and the pieces the staff review reuses. */
export { FilingApi } from './filing.api';
export { FilingAttachmentsComponent } from './filing-attachments.component';
export { filingFieldLabel } from './field-label';
