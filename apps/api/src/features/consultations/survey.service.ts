import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { industryPath } from '@cqo/rules';
import {
  ErrorCode,
  FieldErrorCode,
  type AnswerValue,
  type FieldError,
  type QuestionResult,
  type Survey,
  type SurveyAnswer,
  type SurveyQuestion,
  type SurveyResponse,
  type SurveyResults,
} from '@cqo/contracts';
import type { RequestUser } from '../../platform/auth/request-user';
import { Clock } from '../../platform/clock/clock';
import { ApiException } from '../../platform/errors/api.exception';
import { MemberProfilesService } from '../directory';
import { standingOf } from './consultation-access';
import { ConsultationsService, notFound } from './consultations.service';
import type { QuestionInputDto, ResponseInputDto } from './dto/consultation.dto';
import { ConsultationResponse } from './entities/consultation-response.entity';
import { FiguresCache } from './figures-cache';
import { Consultation } from './entities/consultation.entity';

const CHOICES = new Set(['single', 'multiple']);
const TEXT_MAX = { text: 200, 'long-text': 5000 } as const;

const invalid = (details: FieldError[]) =>
  new ApiException(ErrorCode.VALIDATION_FAILED, 'Some answers are missing or invalid.', details);

/**
 * The survey of a consultation: staff build the questions (choices, ratings, text, numbers;
 * required ones; a question shown only after a given answer); each member of the audience keeps
 * one response, a draft while typing, submitted when complete, editable until closing.
 */
@Injectable()
export class SurveyService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly consultations: ConsultationsService,
    private readonly profiles: MemberProfilesService,
    private readonly figures: FiguresCache,
    private readonly clock: Clock,
  ) {}

  async survey(reader: RequestUser | null, id: string): Promise<Survey> {
    const { consultation } = await this.consultations.readable(reader, id);
    return { questions: consultation.survey, locked: await this.hasResponses(id) };
  }

  /** Replaces the questions; those sent with their id keep it (and their options theirs). */
  async define(id: string, input: QuestionInputDto[]): Promise<Survey> {
    return this.dataSource.transaction(async (manager) => {
      const c = await this.consultations.locked(id, manager);
      if (['closed', 'concluded', 'published'].includes(c.status)) {
        throw new ApiException(
          ErrorCode.CONSULTATION_NOT_EDITABLE,
          'The survey is fixed once it has closed.',
        );
      }
      if (await this.hasResponses(id, manager)) {
        throw new ApiException(
          ErrorCode.SURVEY_LOCKED,
          'Members have answered: the questions can no longer change.',
        );
      }
      c.survey = buildQuestions(input);
      await manager.save(c);
      this.figures.changed(id);
      return { questions: c.survey, locked: false };
    });
  }

  async mine(member: RequestUser, id: string): Promise<SurveyResponse> {
    await this.consultations.readable(member, id);
    const r = await this.dataSource
      .getRepository(ConsultationResponse)
      .findOneBy({ consultationId: id, userId: member.id });
    return {
      answers: r?.answers ?? [],
      submitted: !!r?.submittedAt,
      updatedAt: r?.updatedAt.toISOString() ?? null,
    };
  }

  /**
   * Saves the member's one response: a draft as it is, or submitted when every shown required
   * question is answered. Answers to hidden questions are dropped.
   */
  async respond(member: RequestUser, id: string, input: ResponseInputDto): Promise<SurveyResponse> {
    const profile = await this.profiles.findByUser(member.id);
    await this.dataSource.transaction(async (manager) => {
      const c = await this.consultations.locked(id, manager, 'read');
      const standing = standingOf(member, c, profile);
      if (!standing) throw notFound();
      if (standing !== 'participant') {
        throw new ApiException(
          ErrorCode.CONSULTATION_NOT_IN_AUDIENCE,
          'This survey is for other enterprises.',
        );
      }
      if (c.status !== 'open' || c.closesOn < this.consultations.today()) {
        throw new ApiException(ErrorCode.CONSULTATION_NOT_OPEN, 'The consultation is not open for answers.');
      }
      const answers = checkAnswers(c.survey, input.answers, !input.draft);
      await manager
        .createQueryBuilder()
        .insert()
        .into(ConsultationResponse)
        .values({
          consultationId: id,
          userId: member.id,
          answers,
          submittedAt: input.draft ? null : this.clock.now(),
          enterpriseName: profile?.enterpriseName ?? '',
        })
        .orUpdate(
          ['answers', 'submitted_at', 'enterprise_name', 'updated_at'],
          ['consultation_id', 'user_id'],
        )
        .execute();
    });
    this.figures.changed(id);
    return this.mine(member, id);
  }

  /**
   * Per question: counts, mean or texts; and who took part, by industry section, district, size.
   * Added up once for everyone who asks within a few seconds (FiguresCache).
   */
  results(id: string): Promise<SurveyResults> {
    return this.figures.surveyResults(id, () => this.addUp(id));
  }

  private async addUp(id: string): Promise<SurveyResults> {
    const found = await this.dataSource.getRepository(Consultation).findOneBy({ id });
    if (!found) throw notFound();
    const responses = await this.dataSource.getRepository(ConsultationResponse).find({
      where: { consultationId: id },
      order: { submittedAt: 'DESC' },
    });
    const submitted = responses.filter((r) => r.submittedAt);
    return {
      responses: submitted.length,
      questions: found.survey.map((q) => tally(q, submitted)),
      participation: await this.participation(id, submitted),
    };
  }

  /** The submitted responses, each answer in words (the raw-responses export). */
  async rows(id: string): Promise<{ questions: SurveyQuestion[]; rows: (string | number)[][] }> {
    const c = await this.dataSource.getRepository(Consultation).findOneBy({ id });
    if (!c) throw notFound();
    const responses = await this.dataSource.getRepository(ConsultationResponse).find({
      where: { consultationId: id },
      order: { submittedAt: 'ASC' },
    });
    const rows = responses
      .filter((r) => r.submittedAt)
      .map((r) => {
        const byQuestion = new Map(r.answers.map((a) => [a.questionId, a.value]));
        return [
          r.enterpriseName,
          r.submittedAt!.toISOString(),
          ...c.survey.map((q) => inWords(q, byQuestion.get(q.id))),
        ];
      });
    return { questions: c.survey, rows };
  }

  private async participation(
    id: string,
    submitted: ConsultationResponse[],
  ): Promise<SurveyResults['participation']> {
    const commenters: { id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT author_id AS id FROM consultation_comments WHERE consultation_id = $1 AND withdrawn_at IS NULL`,
      [id],
    );
    const ids = [...new Set([...submitted.map((r) => r.userId), ...commenters.map((r) => r.id)])];
    const profiles = await this.profiles.findByUsers(ids);
    const bySection: Record<string, number> = {};
    const byDistrict: Record<string, number> = {};
    const bySize: Record<string, number> = {};
    const add = (into: Record<string, number>, key: string) => (into[key] = (into[key] ?? 0) + 1);
    for (const p of profiles) {
      // Codes: the web names them in the reader's language.
      add(bySection, (p.industryCode && industryPath(p.industryCode)[0]?.code) || 'unknown');
      add(byDistrict, p.regionCode || 'unknown');
      add(bySize, p.enterpriseSize ?? 'unknown');
    }
    return { enterprises: profiles.length, bySection, byDistrict, bySize };
  }

  private async hasResponses(id: string, manager = this.dataSource.manager): Promise<boolean> {
    return (await manager.getRepository(ConsultationResponse).countBy({ consultationId: id })) > 0;
  }
}

/** Questions from staff's input: ids kept or made, options likewise, conditions resolved. */
export function buildQuestions(input: QuestionInputDto[]): SurveyQuestion[] {
  const built: SurveyQuestion[] = [];
  const problems: FieldError[] = [];
  input.forEach((q, i) => {
    const field = `questions.${i}`;
    const choice = CHOICES.has(q.type);
    // Each option: its label, or {id, label} to keep the id of an option already there.
    const options = (q.options ?? []).map((o: unknown) =>
      typeof o === 'string'
        ? { id: randomUUID(), label: o.trim() }
        : o && typeof o === 'object' && typeof (o as { label?: unknown }).label === 'string'
          ? {
              id: typeof (o as { id?: unknown }).id === 'string' ? (o as { id: string }).id : randomUUID(),
              label: (o as { label: string }).label.trim(),
            }
          : { id: randomUUID(), label: '' },
    );
    if (choice && options.length < 2) {
      problems.push({
        field: `${field}.options`,
        code: FieldErrorCode.TOO_SHORT,
        message: 'A choice needs two options or more',
      });
    }
    if (
      options.some((o) => !o.label || o.label.length > 200) ||
      new Set(options.map((o) => o.id)).size !== options.length
    ) {
      problems.push({
        field: `${field}.options`,
        code: FieldErrorCode.INVALID_VALUE,
        message: 'Each option is 1 to 200 characters, each id once',
      });
    }
    let showIf: SurveyQuestion['showIf'] = null;
    if (q.showIf) {
      const ref = q.showIf.question;
      const earlier = typeof ref === 'number' ? built[ref] : built.find((b) => b.id === ref);
      const opt = earlier?.options.find((o, k) =>
        typeof q.showIf!.option === 'number'
          ? k === q.showIf!.option
          : o.id === q.showIf!.option || o.label === q.showIf!.option,
      );
      if (!earlier || !CHOICES.has(earlier.type) || !opt) {
        problems.push({
          field: `${field}.showIf`,
          code: FieldErrorCode.INVALID_VALUE,
          message: 'showIf names an earlier choice question and one of its options',
        });
      } else showIf = { questionId: earlier.id, optionId: opt.id };
    }
    if (q.min !== undefined && q.max !== undefined && q.min > q.max) {
      problems.push({ field: `${field}.min`, code: FieldErrorCode.TOO_LARGE, message: 'min is above max' });
    }
    built.push({
      id: q.id ?? randomUUID(),
      type: q.type,
      title: q.title.trim(),
      description: q.description?.trim() || null,
      required: q.required ?? false,
      options: choice ? options : [],
      min: q.min ?? null,
      max: q.max ?? null,
      showIf,
    });
  });
  if (new Set(built.map((q) => q.id)).size !== built.length) {
    problems.push({ field: 'questions', code: FieldErrorCode.INVALID_VALUE, message: 'Question ids repeat' });
  }
  if (problems.length)
    throw new ApiException(ErrorCode.VALIDATION_FAILED, 'The survey is not valid.', problems);
  return built;
}

/** Whether a question is shown, given the answers so far (its condition's question shown too). */
function shown(
  q: SurveyQuestion,
  questions: Map<string, SurveyQuestion>,
  answers: Map<string, AnswerValue>,
): boolean {
  if (!q.showIf) return true;
  const parent = questions.get(q.showIf.questionId);
  if (!parent || !shown(parent, questions, answers)) return false;
  const value = answers.get(parent.id);
  return Array.isArray(value) ? value.includes(q.showIf.optionId) : value === q.showIf.optionId;
}

/**
 * The answers kept: each of a known question, of the right shape for its type; those of hidden
 * questions dropped; on submit, every shown required question answered and multiple-choice
 * counts within their bounds.
 */
export function checkAnswers(
  questions: SurveyQuestion[],
  input: SurveyAnswer[],
  submit: boolean,
): SurveyAnswer[] {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const problems: FieldError[] = [];
  const given = new Map<string, AnswerValue>();
  // A wrong answer is reported once, not again as missing.
  const wrong = new Set<string>();
  for (const a of input) {
    const q = byId.get(a.questionId);
    const field = `answers.${a.questionId}`;
    if (!q) {
      problems.push({ field, code: FieldErrorCode.INVALID_VALUE, message: 'No such question' });
      continue;
    }
    const problem = valueProblem(q, a.value, submit);
    if (problem) {
      problems.push({ field, ...problem });
      wrong.add(q.id);
    } else if (!isEmpty(a.value)) given.set(q.id, normalise(a.value));
  }
  const kept: SurveyAnswer[] = [];
  for (const q of questions) {
    if (!shown(q, byId, given)) continue;
    const value = given.get(q.id);
    if (value !== undefined) kept.push({ questionId: q.id, value });
    else if (submit && q.required && !wrong.has(q.id)) {
      problems.push({
        field: `answers.${q.id}`,
        code: FieldErrorCode.REQUIRED,
        message: `“${q.title}” needs an answer`,
      });
    }
  }
  if (problems.length) throw invalid(problems);
  return kept;
}

function isEmpty(v: AnswerValue): boolean {
  return v === '' || (Array.isArray(v) && !v.length) || (typeof v === 'string' && !v.trim());
}

function normalise(v: AnswerValue): AnswerValue {
  if (Array.isArray(v)) return [...new Set(v)];
  return typeof v === 'string' ? v.trim() : v;
}

function valueProblem(q: SurveyQuestion, v: unknown, submit: boolean): Omit<FieldError, 'field'> | null {
  const options = new Set(q.options.map((o) => o.id));
  switch (q.type) {
    case 'single':
      return typeof v === 'string' && (v === '' || options.has(v))
        ? null
        : { code: FieldErrorCode.INVALID_VALUE, message: 'One of the question’s option ids' };
    case 'multiple': {
      if (!Array.isArray(v) || !v.every((x) => typeof x === 'string' && options.has(x))) {
        return { code: FieldErrorCode.INVALID_VALUE, message: 'A list of the question’s option ids' };
      }
      const n = new Set(v).size;
      if (submit && n && q.min !== null && n < q.min)
        return { code: FieldErrorCode.TOO_SHORT, message: `At least ${q.min}` };
      if (q.max !== null && n > q.max) return { code: FieldErrorCode.TOO_LONG, message: `At most ${q.max}` };
      return null;
    }
    case 'rating':
      return Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 5
        ? null
        : { code: FieldErrorCode.INVALID_VALUE, message: 'A whole number from 1 to 5' };
    case 'number': {
      if (typeof v !== 'number' || !Number.isFinite(v))
        return { code: FieldErrorCode.NOT_NUMBER, message: 'A number' };
      if (q.min !== null && v < q.min)
        return { code: FieldErrorCode.TOO_SMALL, message: `At least ${q.min}` };
      if (q.max !== null && v > q.max) return { code: FieldErrorCode.TOO_LARGE, message: `At most ${q.max}` };
      return null;
    }
    default:
      if (typeof v !== 'string') return { code: FieldErrorCode.NOT_STRING, message: 'Text' };
      return v.length > TEXT_MAX[q.type]
        ? { code: FieldErrorCode.TOO_LONG, message: `At most ${TEXT_MAX[q.type]} characters` }
        : null;
  }
}

function tally(q: SurveyQuestion, responses: ConsultationResponse[]): QuestionResult {
  const values = responses
    .map((r) => r.answers.find((a) => a.questionId === q.id)?.value)
    .filter((v): v is AnswerValue => v !== undefined);
  const base = { id: q.id, type: q.type, title: q.title, answered: values.length };
  if (CHOICES.has(q.type)) {
    const counts: Record<string, number> = Object.fromEntries(q.options.map((o) => [o.id, 0]));
    for (const v of values)
      for (const id of Array.isArray(v) ? v : [v]) if (id in counts) counts[String(id)]++;
    return { ...base, counts, options: q.options.map((o) => ({ ...o, count: counts[o.id] })) };
  }
  if (q.type === 'rating' || q.type === 'number') {
    const numbers = values.filter((v): v is number => typeof v === 'number');
    const mean = numbers.length
      ? Math.round((numbers.reduce((s, n) => s + n, 0) / numbers.length) * 100) / 100
      : null;
    const stats = {
      mean,
      min: numbers.length ? Math.min(...numbers) : null,
      max: numbers.length ? Math.max(...numbers) : null,
    };
    if (q.type === 'number') return { ...base, ...stats };
    const counts: Record<string, number> = { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 };
    for (const n of numbers) counts[String(n)]++;
    return { ...base, ...stats, counts };
  }
  return { ...base, texts: values.map(String) };
}

/** An answer as a cell: option labels, the number, or the text. */
function inWords(q: SurveyQuestion, v: AnswerValue | undefined): string | number {
  if (v === undefined) return '';
  if (CHOICES.has(q.type)) {
    const labels = new Map(q.options.map((o) => [o.id, o.label]));
    return (Array.isArray(v) ? v : [v]).map((id) => labels.get(String(id)) ?? '').join('；');
  }
  return v as string | number;
}
