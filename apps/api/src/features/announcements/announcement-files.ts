/** The subject type of an announcement's attachments in the files module (stored_files.subject_type). */
export const ANNOUNCEMENT_FILES = 'announcement';
