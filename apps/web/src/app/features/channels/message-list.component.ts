import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  afterRenderEffect,
  computed,
  inject,
  input,
  output,
  untracked,
} from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ChannelMessage } from '@cqo/contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import type { OutboxItem } from './channels.store';
import { MessageComponent, type MessageRights } from './message.component';

/** Near enough to the bottom to follow new messages down. */
const FOLLOW_PX = 120;

/**
 * A column of messages with the member's own unsent ones below them (pending, or failed with
 * retry). It follows new messages when the reader is at the bottom, keeps its place when older
 * history is added above, and scrolls a highlighted message (a permalink) into view.
 */
@Component({
  selector: 'cqo-message-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoPipe, NzButtonModule, NzIconModule, MessageComponent],
  host: { class: 'message-list', '(scroll)': 'scrolled()' },
  template: `
    @if (older()) {
      <div class="older">
        <button nz-button nzSize="small" (click)="loadOlder.emit()">
          {{ 'channels.loadOlder' | transloco }}
        </button>
      </div>
    }
    @if (!messages().length && !pending().length) {
      <p class="muted empty">{{ 'channels.empty' | transloco }}</p>
    }
    @for (m of messages(); track m.id) {
      @if (m.seq === dividerSeq()) {
        <div class="divider" role="separator" data-testid="new-messages">
          <span>{{ 'channels.newMessages' | transloco }}</span>
        </div>
      }
      <cqo-message
        [message]="m"
        [rights]="rights()"
        [showThreadLink]="showThreadLink()"
        [highlight]="m.id === highlightId()"
        (openThread)="openThread.emit($event)"
        (ask)="ask.emit($event)"
      />
    }
    @for (p of pending(); track p.clientId) {
      <div class="pending" data-testid="pending-message" [attr.data-state]="p.state">
        <div class="body">{{ p.body }}</div>
        <div class="state">
          @if (p.state === 'pending') {
            <nz-icon nzType="clock-circle" />
            {{ (online() ? 'channels.pending' : 'channels.offline') | transloco }}
          } @else {
            <span class="failed"
              ><nz-icon nzType="exclamation-circle" /> {{ 'channels.failed' | transloco }}:
              {{ 'errors.' + p.error | transloco }}</span
            >
            <button nz-button nzType="link" nzSize="small" (click)="retry.emit(p.clientId)">
              {{ 'channels.retry' | transloco }}
            </button>
            <button nz-button nzType="link" nzSize="small" nzDanger (click)="discard.emit(p.clientId)">
              {{ 'channels.discard' | transloco }}
            </button>
          }
        </div>
      </div>
    }
  `,
  styles: `
    :host {
      display: block;
      overflow-y: auto;
      padding: 8px 4px;
    }
    .older {
      text-align: center;
      margin-bottom: 8px;
    }
    .empty {
      text-align: center;
      margin-top: 24px;
    }
    .muted {
      color: #595959;
    }
    .divider {
      display: flex;
      align-items: center;
      gap: 8px;
      color: #cf1322;
      font-size: 12px;
      margin: 8px 0;
    }
    .divider::before,
    .divider::after {
      content: '';
      flex: 1;
      border-top: 1px solid #ffa39e;
    }
    .pending {
      padding: 6px 8px;
      opacity: 0.75;
      white-space: pre-wrap;
    }
    .state {
      font-size: 12px;
      color: #595959;
    }
    .failed {
      color: #cf1322;
    }
  `,
})
export class MessageListComponent {
  readonly messages = input.required<ChannelMessage[]>();
  readonly pending = input<OutboxItem[]>([]);
  readonly rights = input.required<MessageRights>();
  readonly older = input(false);
  readonly online = input(true);
  readonly showThreadLink = input(true);
  /** The first unread message, where "new messages" begin (0: none). */
  readonly dividerSeq = input(0);
  readonly highlightId = input<string | null>(null);
  readonly loadOlder = output<void>();
  readonly openThread = output<string>();
  readonly ask = output<{ action: 'report' | 'hide'; message: ChannelMessage }>();
  readonly retry = output<string>();
  readonly discard = output<string>();

  private readonly el = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  private readonly firstSeq = computed(() => this.messages()[0]?.seq ?? 0);
  private atBottom = true;
  private heightBefore = 0;
  private firstBefore = 0;
  private scrolledTo: string | null = null;

  constructor() {
    afterRenderEffect(() => {
      this.messages();
      this.pending();
      const first = this.firstSeq();
      const highlight = this.highlightId();
      untracked(() => this.place(first, highlight));
    });
  }

  protected scrolled(): void {
    const el = this.el;
    this.atBottom = el.scrollHeight - el.scrollTop - el.clientHeight < FOLLOW_PX;
    if (el.scrollTop === 0 && this.older()) this.loadOlder.emit();
  }

  private place(first: number, highlight: string | null): void {
    const el = this.el;
    if (highlight && highlight !== this.scrolledTo) {
      const target = el.querySelector<HTMLElement>(`#message-${CSS.escape(highlight)}`);
      if (target) {
        this.scrolledTo = highlight;
        target.scrollIntoView({ block: 'center' });
        target.focus({ preventScroll: true });
        this.remember(first);
        return;
      }
    }
    if (this.firstBefore && first < this.firstBefore) {
      // Older history went in above: keep the reader where they were.
      el.scrollTop += el.scrollHeight - this.heightBefore;
    } else if (this.atBottom) {
      el.scrollTop = el.scrollHeight;
    }
    this.remember(first);
  }

  private remember(first: number): void {
    this.firstBefore = first;
    this.heightBefore = this.el.scrollHeight;
  }
}
