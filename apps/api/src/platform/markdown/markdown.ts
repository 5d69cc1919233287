import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

// Raw HTML in the source is not passed through; links get rel/target; only safe URL schemes.
const md = new MarkdownIt({ html: false, linkify: true, breaks: true });

/** Markdown → HTML that is safe to put in the page as is. */
export function renderMarkdown(source: string): string {
  return sanitizeHtml(md.render(source), {
    allowedTags: [...sanitizeHtml.defaults.allowedTags, 'img', 'del'],
    allowedAttributes: { a: ['href', 'title'], img: ['src', 'alt', 'title'], th: ['align'], td: ['align'] },
    allowedSchemes: ['http', 'https', 'mailto'],
    transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer', target: '_blank' }) },
  });
}

/** Markdown → the plain text a reader reads (search indexes and snippets): no tags, entities decoded. */
export function markdownToText(source: string): string {
  const text = sanitizeHtml(md.render(source), { allowedTags: [], allowedAttributes: {} });
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
