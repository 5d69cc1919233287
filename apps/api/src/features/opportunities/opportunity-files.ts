/** The subject type of an opportunity's attachments in the files module (stored_files.subject_type). */
export const OPPORTUNITY_FILES = 'opportunity';
