/** The files module's subject type for a case's images and attachments. */
export const CASE_FILES = 'case';
