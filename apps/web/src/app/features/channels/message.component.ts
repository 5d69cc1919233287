import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  MESSAGE_REACTIONS,
  REACTION_EMOJI,
  type ChannelMessage,
  type MessageAttachment,
  type MessageReactionKey,
} from '@cqo/contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzPopoverModule } from 'ng-zorro-antd/popover';
import { NzTooltipModule } from 'ng-zorro-antd/tooltip';
import { firstValueFrom } from 'rxjs';
import { RichTextDirective } from '../../shared/rich-text.directive';
import { saveBlob } from '../../shared/save-blob';
import { Notice } from '../../shared/notice';
import { userAction } from '../../shared/user-action';
import { ChannelsApi } from './channels.api';
import { ChannelsStore } from './channels.store';

/** What the member may do to a message, decided by the conversation. */
export interface MessageRights {
  userId: string;
  staff: boolean;
  /** A member of the channel (reactions, replies). */
  member: boolean;
}

/**
 * One message: author, time, body, files, reactions and replies; on hover or focus its actions
 * (react, reply in the thread, edit and delete one's own, pin for staff, report, hide for staff).
 */
@Component({
  selector: 'cqo-message',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    FormsModule,
    TranslocoPipe,
    NzButtonModule,
    NzIconModule,
    NzInputModule,
    NzPopconfirmModule,
    NzPopoverModule,
    NzTooltipModule,
    RichTextDirective,
  ],
  template: `
    @let m = message();
    <article
      class="message"
      [class.highlight]="highlight()"
      [attr.id]="'message-' + m.id"
      [attr.data-seq]="m.seq"
      data-testid="message"
      tabindex="-1"
    >
      <header>
        <strong class="author">{{ m.author.displayName }}</strong>
        <time class="muted" [attr.datetime]="m.createdAt">{{ m.createdAt | date: 'MM-dd HH:mm' }}</time>
        @if (m.editedAt && !m.deleted) {
          <span class="muted">{{ 'channels.edited' | transloco }}</span>
        }
        @if (m.pinned) {
          <span class="pinned"><nz-icon nzType="pushpin" /> {{ 'channels.pinnedMark' | transloco }}</span>
        }
      </header>
      @if (m.deleted) {
        <p class="muted tomb">{{ 'channels.deleted' | transloco }}</p>
      } @else if (m.hidden && !m.body) {
        <p class="muted tomb">{{ 'channels.hidden' | transloco }}</p>
      } @else if (editing()) {
        <textarea
          nz-input
          class="edit"
          [(ngModel)]="draft"
          [nzAutosize]="{ minRows: 1, maxRows: 8 }"
          (keydown.escape)="editing.set(false)"
          (keydown.enter)="saveOnEnter($event)"
          [attr.aria-label]="'channels.edit' | transloco"
        ></textarea>
        <div class="edit-actions">
          <button nz-button nzSize="small" nzType="primary" [nzLoading]="act.busy()" (click)="save()">
            {{ 'channels.save' | transloco }}
          </button>
          <button nz-button nzSize="small" (click)="editing.set(false)">
            {{ 'channels.cancel' | transloco }}
          </button>
        </div>
      } @else {
        @if (m.hidden) {
          <p class="muted">{{ 'channels.hiddenStaff' | transloco }}</p>
        }
        <div class="body" data-testid="message-body" [cqoRichText]="m.bodyHtml"></div>
        @if (images().length) {
          <div class="images" [cqoRichText]="imagesHtml()"></div>
        }
        @for (f of documents(); track f.id) {
          <button nz-button nzType="link" nzSize="small" class="file" (click)="download(f)">
            <nz-icon nzType="file-pdf" /> {{ f.name }}
          </button>
        }
      }
      @if (m.reactions.length) {
        <div class="reactions">
          @for (r of m.reactions; track r.key) {
            <button
              nz-button
              nzSize="small"
              [nzType]="r.userIds.includes(rights().userId) ? 'primary' : 'default'"
              nzGhost
              class="reaction"
              [disabled]="!rights().member"
              [attr.aria-pressed]="r.userIds.includes(rights().userId)"
              [attr.aria-label]="('channels.reactions.' + r.key | transloco) + ' ' + r.count"
              (click)="react(r.key, !r.userIds.includes(rights().userId))"
            >
              {{ emoji[r.key] }} {{ r.count }}
            </button>
          }
        </div>
      }
      @if (showThreadLink() && m.replyCount) {
        <button
          nz-button
          nzType="link"
          nzSize="small"
          class="replies"
          data-testid="thread-link"
          (click)="openThread.emit(m.id)"
        >
          {{ 'channels.replies' | transloco: { count: m.replyCount } }}
          @if (m.lastReplyAt) {
            <span class="muted"
              >· {{ 'channels.lastReply' | transloco: { time: (m.lastReplyAt | date: 'MM-dd HH:mm') } }}</span
            >
          }
        </button>
      }
      @if (!m.deleted && !editing()) {
        <div class="actions" role="toolbar" [attr.aria-label]="m.author.displayName">
          @if (rights().member) {
            <button
              nz-button
              nzType="text"
              nzSize="small"
              nz-popover
              [nzPopoverContent]="picker"
              nzPopoverTrigger="click"
              [(nzPopoverVisible)]="picking"
              [attr.aria-label]="'channels.react' | transloco"
            >
              <nz-icon nzType="smile" />
            </button>
            <ng-template #picker>
              <div class="picker">
                @for (key of reactionKeys; track key) {
                  <button
                    nz-button
                    nzType="text"
                    [attr.aria-label]="'channels.reactions.' + key | transloco"
                    (click)="react(key, true); picking = false"
                  >
                    {{ emoji[key] }}
                  </button>
                }
              </div>
            </ng-template>
            @if (showThreadLink()) {
              <button
                nz-button
                nzType="text"
                nzSize="small"
                data-testid="reply-in-thread"
                [nz-tooltip]="'channels.replyInThread' | transloco"
                [attr.aria-label]="'channels.replyInThread' | transloco"
                (click)="openThread.emit(m.id)"
              >
                <nz-icon nzType="message" />
              </button>
            }
          }
          @if (m.author.id === rights().userId && !m.hidden) {
            <button
              nz-button
              nzType="text"
              nzSize="small"
              [attr.aria-label]="'channels.edit' | transloco"
              (click)="startEdit()"
            >
              <nz-icon nzType="edit" />
            </button>
          }
          @if (m.author.id === rights().userId || rights().staff) {
            <button
              nz-button
              nzType="text"
              nzSize="small"
              nz-popconfirm
              [nzPopconfirmTitle]="'channels.deleteConfirm' | transloco"
              (nzOnConfirm)="remove()"
              [attr.aria-label]="'channels.delete' | transloco"
            >
              <nz-icon nzType="delete" />
            </button>
          }
          @if (rights().staff) {
            <button
              nz-button
              nzType="text"
              nzSize="small"
              [attr.aria-label]="(m.pinned ? 'channels.unpin' : 'channels.pin') | transloco"
              (click)="pin(!m.pinned)"
            >
              <nz-icon nzType="pushpin" />
            </button>
          }
          <button
            nz-button
            nzType="text"
            nzSize="small"
            [attr.aria-label]="'channels.copyLink' | transloco"
            (click)="copyLink()"
          >
            <nz-icon nzType="link" />
          </button>
          @if (m.author.id !== rights().userId) {
            <button
              nz-button
              nzType="text"
              nzSize="small"
              [attr.aria-label]="'channels.report' | transloco"
              (click)="ask.emit({ action: 'report', message: m })"
            >
              <nz-icon nzType="flag" />
            </button>
          }
          @if (rights().staff && !m.hidden) {
            <button
              nz-button
              nzType="text"
              nzSize="small"
              nzDanger
              [attr.aria-label]="'channels.hide' | transloco"
              (click)="ask.emit({ action: 'hide', message: m })"
            >
              <nz-icon nzType="eye-invisible" />
            </button>
          }
        </div>
      }
    </article>
  `,
  styles: `
    /* A long history costs little: the browser skips laying out and painting messages off screen
       (remembering each one's height once it has been shown). */
    :host {
      display: block;
      content-visibility: auto;
      contain-intrinsic-size: auto 64px;
    }
    .message {
      position: relative;
      padding: 6px 8px;
      border-radius: 6px;
    }
    .message:hover,
    .message:focus-within {
      background: #fafafa;
    }
    .message.highlight {
      background: #fffbe6;
    }
    header {
      display: flex;
      gap: 8px;
      align-items: baseline;
      flex-wrap: wrap;
    }
    .muted {
      color: #595959;
      font-size: 12px;
    }
    .pinned {
      color: #d46b08;
      font-size: 12px;
    }
    .body {
      overflow-wrap: anywhere;
    }
    .body :first-child {
      margin-top: 2px;
    }
    .body :last-child {
      margin-bottom: 0;
    }
    .tomb {
      font-style: italic;
      margin: 2px 0;
    }
    .images img {
      max-width: min(320px, 100%);
      max-height: 240px;
      border-radius: 4px;
      margin-top: 4px;
    }
    .reactions {
      display: flex;
      gap: 4px;
      margin-top: 4px;
      flex-wrap: wrap;
    }
    .actions {
      /* Inside the message's box: its paint containment would clip anything outside. */
      position: absolute;
      top: 2px;
      right: 8px;
      display: none;
      background: #fff;
      border: 1px solid #f0f0f0;
      border-radius: 6px;
    }
    .message:hover .actions,
    .message:focus-within .actions {
      display: flex;
    }
    @media (hover: none) {
      .actions {
        position: static;
        display: flex;
        border: 0;
        background: transparent;
      }
    }
    .picker {
      display: flex;
      gap: 2px;
    }
    .edit-actions {
      display: flex;
      gap: 8px;
      margin-top: 4px;
    }
  `,
})
export class MessageComponent {
  readonly message = input.required<ChannelMessage>();
  readonly rights = input.required<MessageRights>();
  /** In the channel: the thread link and "reply in thread"; not inside the thread panel. */
  readonly showThreadLink = input(true);
  readonly highlight = input(false);
  readonly openThread = output<string>();
  /** A step that needs a reason (report, hide): the conversation asks for it. */
  readonly ask = output<{ action: 'report' | 'hide'; message: ChannelMessage }>();

  private readonly api = inject(ChannelsApi);
  private readonly store = inject(ChannelsStore);
  private readonly notice = inject(Notice);
  protected readonly act = userAction();
  protected readonly emoji = REACTION_EMOJI;
  protected readonly reactionKeys = MESSAGE_REACTIONS;
  protected readonly editing = signal(false);
  protected draft = '';
  protected picking = false;

  protected readonly images = computed(() =>
    this.message().attachments.filter((a) => a.contentType.startsWith('image/')),
  );
  protected readonly documents = computed(() =>
    this.message().attachments.filter((a) => !a.contentType.startsWith('image/')),
  );
  /** Images as HTML the rich-text directive fetches with the reader's token. */
  protected readonly imagesHtml = computed(() =>
    this.images()
      .map((a) => `<img src="${this.fileUrl(a)}" alt="${escapeAttr(a.name)}">`)
      .join(''),
  );

  protected startEdit(): void {
    this.draft = this.message().body;
    this.editing.set(true);
  }

  protected saveOnEnter(event: Event): void {
    if ((event as KeyboardEvent).shiftKey || (event as KeyboardEvent).isComposing) return;
    event.preventDefault();
    void this.save();
  }

  protected save(): Promise<void> {
    return this.act.run(async () => {
      const m = this.message();
      if (!this.draft.trim() || this.draft === m.body) return this.editing.set(false);
      this.store.updated(await firstValueFrom(this.api.edit(m.id, this.draft, m.mentions)));
      this.editing.set(false);
    });
  }

  protected remove(): Promise<void> {
    return this.act.run(async () => {
      await firstValueFrom(this.api.remove(this.message().id));
    });
  }

  protected react(key: MessageReactionKey, on: boolean): Promise<void> {
    return this.act.run(async () => {
      this.store.updated(await firstValueFrom(this.api.react(this.message().id, key, on)));
    });
  }

  protected pin(on: boolean): Promise<void> {
    return this.act.run(async () => {
      this.store.updated(await firstValueFrom(this.api.pin(this.message().id, on)));
    });
  }

  protected copyLink(): void {
    const url = `${location.origin}/channels/messages/${this.message().id}`;
    void navigator.clipboard
      ?.writeText(url)
      .then(() => this.notice.success('channels.linkCopied'))
      .catch(() => undefined);
  }

  protected download(file: MessageAttachment): Promise<void> {
    return this.act.run(async () => {
      saveBlob(await firstValueFrom(this.api.file(this.message().channelId, file.id)), file.name);
    });
  }

  private fileUrl(a: MessageAttachment): string {
    return `/api/channels/${this.message().channelId}/files/${a.id}`;
  }
}

function escapeAttr(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
