/** The subject type of a consultation's attachments in the files module (stored_files.subject_type). */
export const CONSULTATION_FILES = 'consultation';
