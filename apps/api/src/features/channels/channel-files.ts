/** The files module's subject type for images and PDFs sent in a channel (the subject is the channel). */
export const CHANNEL_FILES = 'channel';
