import type { AnnouncementKind } from './announcements';
import type { OpportunityKind } from './opportunities';

/** The languages the product speaks (the web's switch, and each user's e-mails). */
export const MESSAGE_LANGS = ['zh-CN', 'en'] as const;
export type MessageLang = (typeof MESSAGE_LANGS)[number];

/**
 * What a notification says, kept as a key and its parameters rather than a sentence, so that it
 * reads in the reader's language wherever it is shown: the bell, the list, the toast, the e-mail.
 */
export type NotificationMessage =
  | {
      key: 'filing.decided';
      params: {
        decision: 'approve' | 'return' | 'reject';
        enterprise: string | null;
        comment?: string | null;
        /** The reviewer's comments per field path ("cqo.name"). */
        fieldComments?: Record<string, string> | null;
      };
    }
  | { key: 'filing.submitted'; params: { enterprise: string | null; resubmitted: boolean } }
  | { key: 'filing.superseded'; params: { enterprise: string | null } }
  | { key: 'announcement.published'; params: { kind: AnnouncementKind; title: string; remind: boolean } }
  | { key: 'opportunity.deadline'; params: { kind: OpportunityKind; title: string; window: '1d' | '7d' } }
  | {
      key: 'case.reviewed';
      params: { title: string; decision: 'publish' | 'return'; comment?: string | null };
    }
  | { key: 'case.submitted'; params: { title: string; revision: boolean } }
  | { key: 'case.commented'; params: { title: string; commenter: string } }
  | { key: 'message.hidden'; params: { channel: string; reason: string } }
  | { key: 'message.mentioned'; params: { channel: string; author: string; excerpt: string } }
  | { key: 'channel.silenced'; params: { channel: string; until: string; reason: string } }
  | { key: 'channel.unsilenced'; params: { channel: string } }
  | { key: 'consultation.opened'; params: { title: string; code: string; closesOn: string } }
  | { key: 'consultation.closing'; params: { title: string; closesOn: string } }
  | { key: 'consultation.results'; params: { title: string; comments: number } }
  /** Written before notifications kept keys: the sentence as it was stored. */
  | { key: 'text'; params: { title: string; body?: string | null } };

export type NotificationKey = NotificationMessage['key'];

export interface RenderedMessage {
  title: string;
  /** Lines, or null when the title says it all. */
  body: string | null;
}

const ANNOUNCEMENT_KIND_NAMES: Record<MessageLang, Record<AnnouncementKind, string>> = {
  'zh-CN': { policy: '政策', regulation: '法规', standard: '标准', notice: '通知', training: '培训' },
  en: {
    policy: 'Policy',
    regulation: 'Regulation',
    standard: 'Standard',
    notice: 'Notice',
    training: 'Training',
  },
};

/** An opportunity's kind in words (notifications, mail, calendar entries). */
export const OPPORTUNITY_KIND_NAMES: Record<MessageLang, Record<OpportunityKind, string>> = {
  'zh-CN': { subsidy: '补贴', award: '质量奖', training: '培训', benchmarking: '标杆交流' },
  en: { subsidy: 'Subsidy', award: 'Quality award', training: 'Training', benchmarking: 'Benchmarking' },
};

/** The words of one language; `fieldLabel` names a field path (the web has the labels, mail does not). */
interface Words {
  decided: Record<'approve' | 'return' | 'reject', string>;
  comment: string;
  fieldsToFix: string;
  submitted: string;
  resubmitted: string;
  superseded: string;
  remind: string;
  deadline: Record<'1d' | '7d', string>;
  bracket: (kind: string, title: string) => string;
  caseReviewed: Record<'publish' | 'return', string>;
  caseSubmitted: string;
  caseRevised: string;
  caseCommented: (name: string) => string;
  messageHidden: (channel: string) => string;
  mentioned: (author: string, channel: string) => string;
  silenced: (channel: string, until: string) => string;
  unsilenced: (channel: string) => string;
  consultationOpened: (title: string) => string;
  consultationCloses: (day: string) => string;
  consultationClosing: (title: string) => string;
  consultationResults: (title: string) => string;
  yourComments: (count: number) => string;
  digest: (count: number) => string;
  greeting: (name: string) => string;
}

const WORDS: Record<MessageLang, Words> = {
  'zh-CN': {
    decided: {
      approve: '首席质量官备案已通过',
      return: '首席质量官备案已退回修改',
      reject: '首席质量官备案未通过',
    },
    comment: '审核意见：',
    fieldsToFix: '需要修改的字段：',
    submitted: '新的首席质量官备案待审核',
    resubmitted: '备案已修改并重新提交，待审核',
    superseded: '您的首席质量官备案已由新的备案接替',
    remind: '提醒阅读 · ',
    deadline: { '1d': '明天截止', '7d': '7 天后截止' },
    bracket: (kind, title) => `【${kind}】${title}`,
    caseReviewed: { publish: '您的质量案例已发布', return: '您的质量案例已退回修改' },
    caseSubmitted: '新的质量案例待审核',
    caseRevised: '已发布的质量案例有修改待审核',
    caseCommented: (name) => `${name} 评论了您的质量案例`,
    messageHidden: (channel) => `您在“${channel}”的一条消息已被管理员隐藏`,
    mentioned: (author, channel) => (channel ? `${author} 在“${channel}”中提到了您` : `${author} 提到了您`),
    silenced: (channel, until) => `管理员已禁止您在“${channel}”发言，至 ${until}`,
    unsilenced: (channel) => `您在“${channel}”的禁言已解除`,
    consultationOpened: (title) => `征求意见：${title}`,
    consultationCloses: (day) => `截止日期 ${day}`,
    consultationClosing: (title) => `“${title}”征求意见 3 天后截止，您尚未提交意见或问卷`,
    consultationResults: (title) => `“${title}”征求意见结果已公布`,
    yourComments: (count) => `您的 ${count} 条意见均已处理，可查看处理意见`,
    digest: (count) => `今日通知摘要（${count} 条）`,
    greeting: (name) => `${name}，您好：`,
  },
  en: {
    decided: {
      approve: 'Your CQO filing is approved',
      return: 'Your CQO filing was returned for changes',
      reject: 'Your CQO filing was not approved',
    },
    comment: 'Comment: ',
    fieldsToFix: 'Fields to fix:',
    submitted: 'A new CQO filing waits for review',
    resubmitted: 'A filing was changed and submitted again',
    superseded: 'Your CQO filing was superseded by a newer one',
    remind: 'Reminder · ',
    deadline: { '1d': 'closes tomorrow', '7d': 'closes in 7 days' },
    bracket: (kind, title) => `[${kind}] ${title}`,
    caseReviewed: {
      publish: 'Your quality case is published',
      return: 'Your quality case was returned for changes',
    },
    caseSubmitted: 'A new quality case waits for review',
    caseRevised: 'A change to a published case waits for review',
    caseCommented: (name) => `${name} commented on your quality case`,
    messageHidden: (channel) => `A moderator hid one of your messages in “${channel}”`,
    mentioned: (author, channel) =>
      channel ? `${author} mentioned you in “${channel}”` : `${author} mentioned you`,
    silenced: (channel, until) => `A moderator muted you in “${channel}” until ${until}`,
    unsilenced: (channel) => `You may write in “${channel}” again`,
    consultationOpened: (title) => `Open for comment: ${title}`,
    consultationCloses: (day) => `Closes on ${day}`,
    consultationClosing: (title) =>
      `“${title}” closes for comment in 3 days; you have not commented or answered the survey`,
    consultationResults: (title) => `The results of “${title}” are published`,
    yourComments: (count) => `Each of your ${count} comments has its disposition`,
    digest: (count) => `Your daily digest (${count})`,
    greeting: (name) => `Dear ${name},`,
  },
};

/** A message in words of the given language. */
export function renderNotification(
  message: NotificationMessage,
  lang: MessageLang,
  fieldLabel: (path: string) => string | null = () => null,
): RenderedMessage {
  const w = WORDS[lang];
  const lines = (...parts: (string | null | undefined | false)[]) =>
    parts.filter((p): p is string => !!p).join('\n') || null;
  switch (message.key) {
    case 'filing.decided': {
      const p = message.params;
      const fields = Object.entries(p.fieldComments ?? {}).map(([path, comment]) => {
        const label = fieldLabel(path);
        return label ? `- ${label}: ${comment}` : `- ${comment}`;
      });
      return {
        title: w.decided[p.decision],
        body: lines(
          p.enterprise,
          p.comment && w.comment + p.comment,
          fields.length > 0 && w.fieldsToFix,
          ...fields,
        ),
      };
    }
    case 'filing.submitted':
      return {
        title: message.params.resubmitted ? w.resubmitted : w.submitted,
        body: message.params.enterprise,
      };
    case 'filing.superseded':
      return { title: w.superseded, body: message.params.enterprise };
    case 'announcement.published': {
      const p = message.params;
      const title = w.bracket(ANNOUNCEMENT_KIND_NAMES[lang][p.kind] ?? p.kind, p.title);
      return { title: p.remind ? w.remind + title : title, body: null };
    }
    case 'opportunity.deadline': {
      const p = message.params;
      const kind = OPPORTUNITY_KIND_NAMES[lang][p.kind] ?? p.kind;
      return { title: `${w.bracket(kind, p.title)} · ${w.deadline[p.window]}`, body: null };
    }
    case 'case.reviewed': {
      const p = message.params;
      return { title: w.caseReviewed[p.decision], body: lines(p.title, p.comment && w.comment + p.comment) };
    }
    case 'case.submitted':
      return { title: message.params.revision ? w.caseRevised : w.caseSubmitted, body: message.params.title };
    case 'case.commented':
      return { title: w.caseCommented(message.params.commenter), body: message.params.title };
    case 'message.hidden':
      return { title: w.messageHidden(message.params.channel), body: w.comment + message.params.reason };
    case 'message.mentioned': {
      const p = message.params;
      return { title: w.mentioned(p.author, p.channel), body: p.excerpt };
    }
    case 'channel.silenced':
      return {
        title: w.silenced(message.params.channel, message.params.until),
        body: w.comment + message.params.reason,
      };
    case 'channel.unsilenced':
      return { title: w.unsilenced(message.params.channel), body: null };
    case 'consultation.opened': {
      const p = message.params;
      return { title: w.consultationOpened(p.title), body: lines(p.code, w.consultationCloses(p.closesOn)) };
    }
    case 'consultation.closing':
      return { title: w.consultationClosing(message.params.title), body: null };
    case 'consultation.results': {
      const p = message.params;
      return { title: w.consultationResults(p.title), body: p.comments ? w.yourComments(p.comments) : null };
    }
    case 'text':
      return { title: message.params.title, body: message.params.body ?? null };
  }
}

/** The subject and greeting of the e-mails that carry notifications. */
export function mailWords(lang: MessageLang): Pick<Words, 'digest' | 'greeting'> {
  return WORDS[lang];
}
