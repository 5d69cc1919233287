/** The subject type of a filing's documents in the files module (stored_files.subject_type). */
export const FILING_FILES = 'filing';
