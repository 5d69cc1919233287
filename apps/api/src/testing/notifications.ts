import { renderNotification, type MessageLang, type NotificationMessage } from '@cqo/contracts';

/** A notification from the API with the title and body a reader of `lang` sees (as the web words it). */
export function worded<T extends { message: NotificationMessage }>(
  n: T,
  lang: MessageLang = 'zh-CN',
): T & { title: string; body: string | null } {
  return { ...n, ...renderNotification(n.message, lang) };
}
