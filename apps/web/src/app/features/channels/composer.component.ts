import { ChangeDetectionStrategy, Component, inject, input, signal, viewChild } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ChannelPerson, MessageAttachment } from '@cqo/contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMentionComponent, NzMentionModule } from 'ng-zorro-antd/mention';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { firstValueFrom } from 'rxjs';
import { userAction } from '../../shared/user-action';
import { ChannelsApi } from './channels.api';
import { ChannelsStore } from './channels.store';

/** Says "typing" at most this often while the member writes. */
const TYPING_EVERY_MS = 2500;

/**
 * Writing a message: @ opens the channel's members (the chosen ones are sent as mentions, as long
 * as their name is still in the text), files go up to the channel first and travel with the
 * message, Enter sends and Shift+Enter starts a new line. Sending hands the message to the
 * store's outbox, so it is never lost to a bad network.
 */
@Component({
  selector: 'cqo-composer',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    FormsModule,
    TranslocoPipe,
    NzButtonModule,
    NzIconModule,
    NzInputModule,
    NzMentionModule,
    NzTagModule,
  ],
  template: `
    @if (files().length) {
      <div class="files">
        @for (f of files(); track f.id) {
          <nz-tag
            nzMode="closeable"
            (nzOnClose)="drop(f.id)"
            [attr.aria-label]="'channels.removeAttachment' | transloco: { name: f.name }"
          >
            {{ f.name }}
          </nz-tag>
        }
      </div>
    }
    <div class="row">
      <nz-mention
        #mention="nzMention"
        class="mention"
        [nzSuggestions]="people()"
        [nzValueWith]="nameOf"
        nzPlacement="top"
        (nzOnSelect)="chosen($event)"
      >
        <textarea
          nz-input
          nzMentionTrigger
          data-testid="composer"
          [nzAutosize]="{ minRows: 1, maxRows: 6 }"
          [(ngModel)]="text"
          [placeholder]="(parentId() ? 'channels.composerThread' : 'channels.composer') | transloco"
          [attr.aria-label]="(parentId() ? 'channels.composerThread' : 'channels.composer') | transloco"
          (input)="typed()"
          (keydown.enter)="enter($event)"
        ></textarea>
      </nz-mention>
      <label
        class="attach"
        [attr.aria-label]="'channels.attach' | transloco"
        [title]="'channels.attach' | transloco"
      >
        <nz-icon [nzType]="upload.busy() ? 'loading' : 'paper-clip'" />
        <input type="file" accept="image/png,image/jpeg,application/pdf" (change)="attach($event)" />
      </label>
      <button nz-button nzType="primary" data-testid="send" [disabled]="!text.trim()" (click)="send()">
        {{ 'channels.send' | transloco }}
      </button>
    </div>
  `,
  styles: `
    .row {
      display: flex;
      gap: 8px;
      align-items: flex-end;
    }
    .mention {
      flex: 1;
    }
    .files {
      margin-bottom: 6px;
    }
    .attach {
      cursor: pointer;
      padding: 6px;
      font-size: 18px;
    }
    .attach input {
      position: absolute;
      width: 1px;
      height: 1px;
      opacity: 0;
    }
    .attach:focus-within {
      outline: 2px solid #1677ff;
      border-radius: 4px;
    }
  `,
})
export class ComposerComponent {
  readonly channelId = input.required<string>();
  readonly parentId = input<string | null>(null);
  readonly people = input<ChannelPerson[]>([]);

  private readonly store = inject(ChannelsStore);
  private readonly api = inject(ChannelsApi);
  private readonly mention = viewChild<NzMentionComponent>('mention');
  protected readonly upload = userAction();
  protected readonly files = signal<MessageAttachment[]>([]);
  protected text = '';
  private mentioned = new Map<string, string>();
  private lastTyping = 0;

  protected readonly nameOf = (p: ChannelPerson) => p.displayName;

  protected chosen(person: ChannelPerson): void {
    this.mentioned.set(person.id, person.displayName);
  }

  protected typed(): void {
    const now = Date.now();
    if (now - this.lastTyping < TYPING_EVERY_MS) return;
    this.lastTyping = now;
    this.store.typingIn(this.channelId(), this.parentId());
  }

  protected enter(event: Event): void {
    const key = event as KeyboardEvent;
    // Shift+Enter: a new line; Enter while an IME composes or the member list is open: theirs.
    if (key.shiftKey || key.isComposing || this.mention()?.isOpen) return;
    event.preventDefault();
    this.send();
  }

  protected send(): void {
    const body = this.text.trim();
    if (!body) return;
    const mentions = [...this.mentioned].filter(([, name]) => body.includes(`@${name}`)).map(([id]) => id);
    this.store.send(
      this.channelId(),
      { body, ...(this.parentId() ? { parentId: this.parentId()! } : {}), mentions },
      this.files(),
    );
    this.text = '';
    this.files.set([]);
    this.mentioned.clear();
  }

  protected attach(event: Event): Promise<void> {
    const field = event.target as HTMLInputElement;
    const file = field.files?.[0];
    field.value = '';
    if (!file) return Promise.resolve();
    return this.upload.run(async () => {
      const stored = await firstValueFrom(this.api.upload(this.channelId(), file));
      this.files.update((f) => [
        ...f,
        { id: stored.id, name: stored.name, contentType: stored.contentType, size: stored.size },
      ]);
    });
  }

  protected drop(id: string): void {
    this.files.update((f) => f.filter((x) => x.id !== id));
  }
}
