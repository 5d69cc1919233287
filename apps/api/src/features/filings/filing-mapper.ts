import type {
  Filing as FilingDto,
  FilingCqo,
  FilingEnterprise,
  FilingEvent as FilingEventDto,
} from '@cqo/contracts';
import { maskIdNumber, maskMobile, type FieldCipher } from '../../platform/crypto/field-cipher.service';
import type { FilingBodyDto } from './dto/filing-body.dto';
import type { FilingEvent } from './entities/filing-event.entity';
import type { Filing, SealedFields } from './entities/filing.entity';
import type { StoredFile } from '../../platform/files/entities/stored-file.entity';
import { toFileInfo } from '../../platform/files/files.service';

const clean = (v: string | null | undefined) => (typeof v === 'string' ? v.trim() : v);

/** Reads the sealed personal numbers of a filing. */
export function unseal(filing: Filing, cipher: FieldCipher): SealedFields {
  return filing.sealed ? (JSON.parse(cipher.decrypt(filing.sealed)) as SealedFields) : {};
}

/** The whole form with its personal numbers in clear: for the submit checks and the owner's data export. */
export function inClear(
  filing: Filing,
  cipher: FieldCipher,
): { enterprise: FilingEnterprise; cqo: FilingCqo } {
  const sealed = unseal(filing, cipher);
  const person = (p: FilingEnterprise['legalRepresentative'], mobile: string | null | undefined) =>
    p || mobile ? { ...(p ?? {}), mobile: mobile ?? null } : (p ?? null);
  return {
    enterprise: {
      ...filing.enterprise,
      legalRepresentative: person(filing.enterprise.legalRepresentative, sealed.legalRepresentativeMobile),
      qualityLead: person(filing.enterprise.qualityLead, sealed.qualityLeadMobile),
    },
    cqo: { ...filing.cqo, idNumber: sealed.idNumber ?? null, mobile: sealed.mobile ?? null },
  };
}

/**
 * Applies a (partial) form to a filing: `undefined` keeps a field, `null` clears it. Personal
 * numbers go into the sealed blob, with the ID number's keyed hash and masks beside it.
 */
export function applyBody(filing: Filing, body: FilingBodyDto, cipher: FieldCipher): void {
  const sealed = unseal(filing, cipher);
  const { legalRepresentative, qualityLead, ...enterprise } = body.enterprise ?? {};
  const { idNumber, mobile, ...cqo } = body.cqo ?? {};

  const mergePerson = (
    current: FilingEnterprise['legalRepresentative'],
    patch: typeof legalRepresentative,
    key: keyof SealedFields,
  ) => {
    if (patch === undefined) return current;
    if (patch === null) {
      sealed[key] = null;
      return null;
    }
    const { mobile: personMobile, ...rest } = patch;
    if (personMobile !== undefined) sealed[key] = clean(personMobile) || null;
    return { ...(current ?? {}), ...rest };
  };

  filing.enterprise = {
    ...filing.enterprise,
    ...enterprise,
    legalRepresentative: mergePerson(
      filing.enterprise.legalRepresentative,
      legalRepresentative,
      'legalRepresentativeMobile',
    ),
    qualityLead: mergePerson(filing.enterprise.qualityLead, qualityLead, 'qualityLeadMobile'),
  };
  filing.cqo = { ...filing.cqo, ...cqo };
  if (idNumber !== undefined) sealed.idNumber = idNumber ? idNumber.replace(/\s/g, '').toUpperCase() : null;
  if (mobile !== undefined) sealed.mobile = clean(mobile) || null;

  filing.sealed = Object.values(sealed).some((v) => v) ? cipher.encrypt(JSON.stringify(sealed)) : null;
  filing.idNumberHash = sealed.idNumber ? cipher.hash(sealed.idNumber) : null;
  filing.idNumberMasked = sealed.idNumber ? maskIdNumber(sealed.idNumber) : null;
  filing.mobileMasked = sealed.mobile ? maskMobile(sealed.mobile) : null;

  // Columns the staff queue filters on.
  filing.enterpriseName = clean(filing.enterprise.name) || null;
  filing.creditCode = clean(filing.enterprise.creditCode)?.toUpperCase() || null;
  filing.industryCode = clean(filing.enterprise.industryCode) || null;
  filing.regionCode = filing.enterprise.regionCode || null;
  filing.cqoName = clean(filing.cqo.name) || null;
  filing.appointedOn = filing.cqo.appointedOn || null;
}

export function toFilingDto(
  filing: Filing,
  cipher: FieldCipher,
  events?: FilingEvent[],
  attachments?: StoredFile[],
): FilingDto {
  const sealed = unseal(filing, cipher);
  const person = (p: FilingEnterprise['legalRepresentative'], mobile: string | null | undefined) =>
    p || mobile ? { ...(p ?? {}), mobile: mobile ? maskMobile(mobile) : null } : (p ?? null);
  const cqo: FilingCqo = { ...filing.cqo, idNumber: filing.idNumberMasked, mobile: filing.mobileMasked };
  return {
    id: filing.id,
    ownerId: filing.ownerId,
    source: filing.source,
    status: filing.status,
    current: filing.isCurrent,
    enterprise: {
      ...filing.enterprise,
      legalRepresentative: person(filing.enterprise.legalRepresentative, sealed.legalRepresentativeMobile),
      qualityLead: person(filing.enterprise.qualityLead, sealed.qualityLeadMobile),
    },
    cqo,
    enterpriseSize: filing.enterpriseSize,
    eligibilityOutcome: filing.eligibilityOutcome,
    fieldComments: filing.fieldComments,
    submittedAt: filing.submittedAt?.toISOString() ?? null,
    decidedAt: filing.decidedAt?.toISOString() ?? null,
    createdAt: filing.createdAt.toISOString(),
    updatedAt: filing.updatedAt.toISOString(),
    ...(events ? { events: events.map(toEventDto) } : {}),
    ...(attachments ? { attachments: attachments.map(toFileInfo) } : {}),
  };
}

export function toEventDto(e: FilingEvent): FilingEventDto {
  return {
    id: e.id,
    actorId: e.actorId,
    actorName: e.actorName,
    fromStatus: e.fromStatus,
    toStatus: e.toStatus,
    action: e.action,
    comment: e.comment,
    fieldComments: e.fieldComments,
    createdAt: e.createdAt.toISOString(),
  };
}
