import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  ChannelInput,
  ChannelMessage,
  ChannelPage,
  ChannelPerson,
  DirectConversation,
  DirectPreference,
  MessageInput,
  MessageLink,
  MessagePage,
  MessageReactionKey,
  MessageReport,
  StoredFileInfo,
} from '@cqo/contracts';

/** The channels' endpoints. */
@Injectable({ providedIn: 'root' })
export class ChannelsApi {
  private readonly http = inject(HttpClient);

  list() {
    return this.http.get<ChannelPage>('/api/channels');
  }
  create(input: ChannelInput) {
    return this.http.post<{ id: string }>('/api/channels', input);
  }
  join(id: string) {
    return this.http.post<void>(`/api/channels/${id}/join`, {});
  }
  leave(id: string) {
    return this.http.post<void>(`/api/channels/${id}/leave`, {});
  }
  mute(id: string, muted: boolean) {
    return this.http.put<void>(`/api/channels/${id}/mute`, { muted });
  }
  archive(id: string, archived: boolean) {
    return this.http.put<void>(`/api/channels/${id}/archived`, { archived });
  }
  people(id: string) {
    return this.http.get<ChannelPerson[]>(`/api/channels/${id}/members`);
  }
  invite(id: string, userIds: string[]) {
    return this.http.post<{ added: number }>(`/api/channels/${id}/members`, { userIds });
  }
  silence(id: string, userId: string, minutes: number, reason: string) {
    return this.http.post<void>(`/api/channels/${id}/silence`, { userId, minutes, reason });
  }
  pins(id: string) {
    return this.http.get<ChannelMessage[]>(`/api/channels/${id}/pins`);
  }
  history(id: string, query: { after?: number; before?: number; around?: number; limit?: number }) {
    return this.http.get<MessagePage>(`/api/channels/${id}/messages`, { params: { limit: 50, ...query } });
  }
  send(id: string, input: MessageInput) {
    return this.http.post<ChannelMessage>(`/api/channels/${id}/messages`, input);
  }
  read(id: string, seq: number) {
    return this.http.post<{ lastReadSeq: number }>(`/api/channels/${id}/read`, { seq });
  }
  upload(id: string, file: File) {
    const form = new FormData();
    form.append('file', file, file.name);
    return this.http.post<StoredFileInfo>(`/api/channels/${id}/files`, form);
  }
  file(channelId: string, fileId: string) {
    return this.http.get(`/api/channels/${channelId}/files/${fileId}`, { responseType: 'blob' });
  }
  message(id: string) {
    return this.http.get<MessageLink>(`/api/messages/${id}`);
  }
  thread(id: string) {
    return this.http.get<MessagePage>(`/api/messages/${id}/replies`);
  }
  edit(id: string, body: string, mentions: string[]) {
    return this.http.patch<ChannelMessage>(`/api/messages/${id}`, { body, mentions });
  }
  remove(id: string) {
    return this.http.delete<void>(`/api/messages/${id}`);
  }
  react(id: string, key: MessageReactionKey, on: boolean) {
    const url = `/api/messages/${id}/reactions/${key}`;
    return on ? this.http.put<ChannelMessage>(url, {}) : this.http.delete<ChannelMessage>(url);
  }
  pin(id: string, on: boolean) {
    const url = `/api/messages/${id}/pin`;
    return on ? this.http.put<ChannelMessage>(url, {}) : this.http.delete<ChannelMessage>(url);
  }
  report(id: string, reason: string) {
    return this.http.post<void>(`/api/messages/${id}/report`, { reason });
  }
  hide(id: string, reason: string) {
    return this.http.post<void>(`/api/messages/${id}/hide`, { reason });
  }
  reports() {
    return this.http.get<MessageReport[]>('/api/moderation/reports');
  }
  direct(userId: string) {
    return this.http.post<DirectConversation>(`/api/direct/${userId}`, {});
  }
  directPreference() {
    return this.http.get<DirectPreference>('/api/direct/preference');
  }
  setDirectPreference(preference: DirectPreference) {
    return this.http.put<DirectPreference>('/api/direct/preference', preference);
  }
}
