import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ChannelSummary } from '@cqo/contracts';
import { NzBadgeModule } from 'ng-zorro-antd/badge';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';

const ICONS: Record<string, string> = {
  topic: 'number',
  industry: 'apartment',
  region: 'environment',
  direct: 'user',
};

/** The member's channels and direct conversations with unread and mention counts, then the open channels they may join. */
@Component({
  selector: 'cqo-channel-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslocoPipe, NzBadgeModule, NzButtonModule, NzIconModule],
  template: `
    @for (section of sections(); track section.key) {
      @if (section.items.length) {
        <h2 class="section">{{ 'channels.sections.' + section.key | transloco }}</h2>
        <ul>
          @for (c of section.items; track c.id) {
            <li>
              <a
                [routerLink]="['/channels', c.id]"
                [class.active]="c.id === activeId()"
                [class.unread]="c.unread && !c.muted"
                [attr.aria-current]="c.id === activeId() ? 'page' : null"
                data-testid="channel-link"
              >
                <nz-icon [nzType]="icon(c.kind)" />
                <span class="name">{{ c.name }}</span>
                @if (c.muted) {
                  <nz-icon
                    nzType="bell"
                    class="muted-icon"
                    [attr.aria-label]="'channels.muted' | transloco"
                  />
                }
                @if (c.archived) {
                  <nz-icon
                    nzType="inbox"
                    class="muted-icon"
                    [attr.aria-label]="'channels.archived' | transloco"
                  />
                }
                @if (c.mentions) {
                  <span class="mention" [attr.aria-label]="'@' + c.mentions">&#64;{{ c.mentions }}</span>
                }
                @if (c.unread && section.key !== 'open') {
                  <nz-badge
                    [nzCount]="c.unread"
                    [nzOverflowCount]="99"
                    [nzStyle]="c.muted ? { backgroundColor: '#595959' } : {}"
                    [attr.aria-label]="'channels.unreadCount' | transloco: { count: c.unread }"
                  />
                }
              </a>
              @if (section.key === 'open') {
                <button nz-button nzSize="small" class="join" (click)="join.emit(c.id)">
                  {{ 'channels.join' | transloco }}
                </button>
              }
            </li>
          }
        </ul>
      }
    }
    @if (!mine()) {
      <p class="muted">{{ 'channels.noChannels' | transloco }}</p>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .section {
      font-size: 12px;
      color: #595959;
      margin: 12px 8px 4px;
      text-transform: uppercase;
    }
    ul {
      list-style: none;
      padding: 0;
      margin: 0;
    }
    li {
      display: flex;
      align-items: center;
    }
    a {
      flex: 1;
      display: flex;
      align-items: center;
      gap: 6px;
      padding: 6px 8px;
      border-radius: 6px;
      color: inherit;
      min-width: 0;
    }
    a:hover {
      background: #f5f5f5;
    }
    a.active {
      background: #e6f4ff;
    }
    a.unread .name {
      font-weight: 600;
    }
    .name {
      flex: 1;
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    .mention {
      color: #cf1322;
      font-weight: 600;
      font-size: 12px;
    }
    .muted-icon {
      color: #8c8c8c;
    }
    .muted {
      color: #595959;
      padding: 8px;
    }
    .join {
      margin-right: 4px;
    }
  `,
})
export class ChannelListComponent {
  readonly channels = input.required<ChannelSummary[]>();
  readonly activeId = input<string | null>(null);
  readonly join = output<string>();

  protected readonly sections = computed(() => {
    const all = this.channels();
    return [
      { key: 'channels', items: all.filter((c) => c.joined && c.kind !== 'direct') },
      { key: 'direct', items: all.filter((c) => c.joined && c.kind === 'direct') },
      { key: 'open', items: all.filter((c) => !c.joined && !c.archived) },
    ];
  });
  protected readonly mine = computed(() => this.channels().some((c) => c.joined));

  protected icon(kind: string): string {
    return ICONS[kind] ?? 'number';
  }
}
