import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { chinaDate, chinaDayStart } from '@cqo/rules';
import type { Repository } from 'typeorm';
import { REQUIRED_ATTACHMENT_KINDS } from '@cqo/contracts';
import type { RequestUser } from '../../platform/auth/request-user';
import { PasswordHasher, UsersService } from '../accounts';
import { AnnouncementsService } from '../announcements';
import { CasesService } from '../cases';
import { ChannelsService, MessagesService } from '../channels';
import { ConsultationCommentsService, ConsultationsService, SurveyService } from '../consultations';
import { FilingWalk } from '../filings';
import { OpportunitiesService } from '../opportunities';
import { DEMO_ANNOUNCEMENTS, demoOpportunities } from './demo-board';
import { DEMO_CASES } from './demo-cases';
import { DEMO_CHANNELS } from './demo-channels';
import { DEMO_CONSULTATION } from './demo-consultations';
import { DEMO_PDF, demoMembers } from './demo-members';
import { DemoInstall } from './entities/demo-install.entity';
import { DemoRecord, type DemoRecordKind } from './entities/demo-record.entity';

/** Stored for the accounts nobody signs in to: no password can ever match it. */
const NO_PASSWORD = '!demo-account-without-password';

export interface DemoSummary {
  members: number;
  announcements: number;
  opportunities: number;
  cases: number;
  channels: number;
  consultations: number;
}

/**
 * What a fresh install shows before anyone has typed anything: the bureau's notice and a members'
 * announcement, open and closed opportunities, and a few dozen fictional member enterprises whose
 * filings went the whole way (filed with their documents, checked, approved), so the talent pool,
 * the directory and the matches are alive. Every row it writes is recorded, so `remove` takes
 * exactly that away (`npm run db:demo -- --remove`), and a removed demo stays removed.
 */
@Injectable()
export class DemoContentService {
  private readonly logger = new Logger(DemoContentService.name);

  constructor(
    private readonly users: UsersService,
    private readonly hasher: PasswordHasher,
    private readonly filings: FilingWalk,
    private readonly announcements: AnnouncementsService,
    private readonly opportunities: OpportunitiesService,
    private readonly cases: CasesService,
    private readonly channels: ChannelsService,
    private readonly messages: MessagesService,
    private readonly consultations: ConsultationsService,
    private readonly consultationComments: ConsultationCommentsService,
    private readonly surveys: SurveyService,
    @InjectRepository(DemoRecord) private readonly records: Repository<DemoRecord>,
    @InjectRepository(DemoInstall) private readonly install: Repository<DemoInstall>,
  ) {}

  /** At start-up: the demo once, into an install that has nothing yet (an install in use asks for it). */
  async ensure(): Promise<void> {
    if (await this.install.exists()) return;
    if ((await this.announcements.any()) || (await this.opportunities.any())) return;
    await this.write();
  }

  /** Whether demo content is in the database now. */
  async present(): Promise<boolean> {
    return (await this.records.count()) > 0;
  }

  /** Writes the demo; null when it is already there. A failure half-way takes back what it wrote. */
  async write(): Promise<DemoSummary | null> {
    if (await this.present()) return null;
    const staff = await this.users.firstAdmin();
    if (!staff) throw new Error('Demo content needs the first admin (run the seed first).');
    const started = Date.now();
    try {
      const summary = await this.writeAll(staff);
      await this.install.upsert({ id: 1, writtenAt: new Date(), removedAt: null }, ['id']);
      this.logger.log(
        `Demo content written in ${Date.now() - started} ms: ${summary.members} members, ` +
          `${summary.announcements} announcements, ${summary.opportunities} opportunities ` +
          '(remove with `npm run db:demo -- --remove`)',
      );
      return summary;
    } catch (error) {
      await this.remove().catch(() => undefined);
      throw error;
    }
  }

  /** Takes away everything the demo wrote (members with their filings, profiles and notices too). */
  async remove(): Promise<DemoSummary> {
    const of = async (kind: DemoRecordKind) =>
      (await this.records.find({ select: { refId: true }, where: { kind } })).map((r) => r.refId);
    const [members, announcements, opportunities, channels, consultations] = await Promise.all([
      of('user'),
      of('announcement'),
      of('opportunity'),
      of('channel'),
      of('consultation'),
    ]);
    const cases = await this.cases.countByAuthors(members);
    await this.users.removeAccounts(members);
    await this.announcements.remove(announcements);
    await this.opportunities.remove(opportunities);
    await this.channels.remove(channels);
    await this.consultations.remove(consultations);
    await this.records.clear();
    await this.install.update({ id: 1 }, { removedAt: new Date() });
    return {
      members: members.length,
      announcements: announcements.length,
      opportunities: opportunities.length,
      cases,
      channels: channels.length,
      consultations: consultations.length,
    };
  }

  private async writeAll(staff: RequestUser): Promise<DemoSummary> {
    const members = demoMembers();
    const applicants: RequestUser[] = [];
    // Channels first: approving a member puts them in the industry and district channels that fit.
    const channelIds: string[] = [];
    for (const { lines: _, ...input } of DEMO_CHANNELS) {
      const c = await this.channels.create(staff, input);
      await this.record('channel', c.id);
      channelIds.push(c.id);
    }
    // One demo member may sign in, to see the member's side; the password is shown once.
    const password = randomBytes(12).toString('base64url');
    for (const [i, m] of members.entries()) {
      const user = await this.users.create({
        email: m.email,
        displayName: m.displayName,
        passwordHash: i === 0 ? await this.hasher.hash(password) : NO_PASSWORD,
      });
      await this.record('user', user.id);
      const applicant: RequestUser = {
        id: user.id,
        email: user.email,
        displayName: user.displayName,
        roles: user.roles,
      };
      applicants.push(applicant);
      const documents = REQUIRED_ATTACHMENT_KINDS.map((kind) => ({
        kind,
        name: `${kind}.pdf`,
        data: DEMO_PDF,
      }));
      await this.filings.fileAndApprove(applicant, staff, m.body, documents);
    }
    for (const input of DEMO_ANNOUNCEMENTS) {
      const a = await this.announcements.create(staff, input);
      await this.record('announcement', a.id);
      await this.announcements.publish(a.id);
    }
    const opportunities = demoOpportunities();
    for (const input of opportunities) {
      const o = await this.opportunities.create(staff, input);
      await this.record('opportunity', o.id);
    }
    // Cases are their authors': removing the demo's accounts removes them.
    for (const { member, featured, ...input } of DEMO_CASES) {
      const author = { ...applicants[member], roles: ['member' as const] };
      const industryCode = members[member].body.enterprise?.industryCode ?? '3911';
      const c = await this.cases.create(author, { ...input, industryCode });
      await this.cases.publish(staff, c.id);
      if (featured) await this.cases.feature(c.id, true);
    }
    const asMembers = applicants.map((a) => ({ ...a, roles: ['member' as const] }));
    await this.converse(asMembers, channelIds);
    await this.consult(staff, asMembers);
    process.stdout.write(
      [
        '',
        '==================================================================',
        `  演示数据 · Demo content: ${members.length} fictional member enterprises`,
        `  Member sign-in: ${members[0].email}`,
        `  Password:       ${password}`,
        '  Remove it all with: npm run db:demo -- --remove',
        '==================================================================',
        '',
      ].join('\n') + '\n',
    );
    return {
      members: members.length,
      announcements: DEMO_ANNOUNCEMENTS.length,
      opportunities: opportunities.length,
      cases: DEMO_CASES.length,
      channels: DEMO_CHANNELS.length,
      consultations: 1,
    };
  }

  /** An open consultation (closing in three weeks) with comments and answers from demo members. */
  private async consult(staff: RequestUser, members: RequestUser[]): Promise<void> {
    const { comments, survey, ...input } = DEMO_CONSULTATION;
    const today = this.consultations.today();
    const closesOn = chinaDate(new Date(chinaDayStart(today).getTime() + 21 * 86_400_000));
    const c = await this.consultations.create(staff, { ...input, opensOn: today, closesOn });
    await this.record('consultation', c.id);
    const { questions } = await this.surveys.define(c.id, survey);
    await this.consultations.open(c.id);
    const clauses = await this.consultations.clauseTree(c.id);
    for (const { member, clause, ...comment } of comments) {
      const clauseId = clause ? (clauses.find((k) => k.number === clause)?.id ?? null) : null;
      await this.consultationComments.add(members[member], c.id, { clauseId, ...comment });
    }
    for (const [n, member] of members.slice(1, 6).entries()) {
      await this.surveys.respond(member, c.id, {
        answers: [
          { questionId: questions[0].id, value: questions[0].options[n % 3].id },
          { questionId: questions[1].id, value: [questions[1].options[n % 4].id] },
          { questionId: questions[2].id, value: 3 + (n % 3) },
        ],
      });
    }
  }

  /** The demo members in the topic channels, and the conversations of every demo channel. */
  private async converse(members: RequestUser[], channelIds: string[]): Promise<void> {
    for (const [i, { kind, lines }] of DEMO_CHANNELS.entries()) {
      const channelId = channelIds[i];
      if (kind === 'topic') for (const m of members) await this.channels.join(m, channelId);
      for (const [n, line] of lines.entries()) {
        const say = (member: number, body: string, parentId?: string) =>
          this.messages.send(members[member], channelId, {
            body,
            clientId: `demo-${i}-${n}-${member}-${parentId ? 'r' : 'm'}`,
            ...(parentId ? { parentId } : {}),
          });
        const { message } = await say(line.member, line.body);
        for (const reply of line.replies ?? []) await say(reply.member, reply.body, message.id);
      }
    }
  }

  private async record(kind: DemoRecordKind, refId: string): Promise<void> {
    await this.records.insert({ kind, refId });
  }
}
