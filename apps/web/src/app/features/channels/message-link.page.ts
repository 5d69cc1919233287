import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { ActivatedRoute, Router } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { Notice } from '../../shared/notice';
import { ChannelsApi } from './channels.api';

/** A message's permalink (`/channels/messages/:id`, also what search links to): opens its channel around it. */
@Component({
  selector: 'cqo-message-link-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: '',
})
export class MessageLinkPage {
  constructor() {
    const id = inject(ActivatedRoute).snapshot.paramMap.get('id') ?? '';
    const router = inject(Router);
    const notice = inject(Notice);
    void firstValueFrom(inject(ChannelsApi).message(id))
      .then(({ message }) =>
        router.navigate(['/channels', message.channelId], {
          queryParams: message.parentId ? { thread: message.parentId, m: message.id } : { m: message.id },
          replaceUrl: true,
        }),
      )
      .catch((error: unknown) => {
        notice.failure(error);
        return router.navigate(['/channels'], { replaceUrl: true });
      });
  }
}
