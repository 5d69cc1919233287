import {
  ValidationPipe,
  type ArgumentMetadata,
  type PipeTransform,
  type ValidationError,
} from '@nestjs/common';
import { ErrorCode, FieldErrorCode, type FieldError } from '@cqo/contracts';
import { ApiException } from './api.exception';

/** class-validator constraint name → our field error code. */
const CONSTRAINT_CODES: Record<string, string> = {
  whitelistValidation: FieldErrorCode.UNKNOWN_FIELD,
  isDefined: FieldErrorCode.REQUIRED,
  isNotEmpty: FieldErrorCode.REQUIRED,
  isString: FieldErrorCode.NOT_STRING,
  isNumber: FieldErrorCode.NOT_NUMBER,
  isInt: FieldErrorCode.NOT_INTEGER,
  isBoolean: FieldErrorCode.NOT_BOOLEAN,
  isArray: FieldErrorCode.NOT_ARRAY,
  isObject: FieldErrorCode.NOT_OBJECT,
  nestedValidation: FieldErrorCode.NOT_OBJECT,
  isEmail: FieldErrorCode.INVALID_EMAIL,
  isUuid: FieldErrorCode.INVALID_UUID,
  isDateString: FieldErrorCode.INVALID_DATE,
  isIso8601: FieldErrorCode.INVALID_DATE,
  isIn: FieldErrorCode.INVALID_VALUE,
  isEnum: FieldErrorCode.INVALID_VALUE,
  matches: FieldErrorCode.INVALID_VALUE,
  minLength: FieldErrorCode.TOO_SHORT,
  maxLength: FieldErrorCode.TOO_LONG,
  arrayMaxSize: FieldErrorCode.TOO_LONG,
  arrayMinSize: FieldErrorCode.TOO_SHORT,
  min: FieldErrorCode.TOO_SMALL,
  max: FieldErrorCode.TOO_LARGE,
};

/** Order of precedence when one field breaks several rules: report the most basic first. */
const PRIORITY = [
  'whitelistValidation',
  'isNotNull',
  'isDefined',
  'isNotEmpty',
  'isString',
  'isNumber',
  'isInt',
  'isBoolean',
  'isArray',
];

export function flattenValidationErrors(errors: ValidationError[], prefix = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const constraints = error.constraints ?? {};
    const names = Object.keys(constraints).sort((a, b) => rank(a) - rank(b));
    if (names.length) {
      const name = names[0];
      const code =
        (error.contexts?.[name]?.['code'] as string | undefined) ??
        CONSTRAINT_CODES[name] ??
        FieldErrorCode.INVALID_VALUE;
      out.push({ field, code, message: constraints[name] });
    }
    if (error.children?.length) out.push(...flattenValidationErrors(error.children, field));
  }
  return out;
}

function rank(name: string): number {
  const i = PRIORITY.indexOf(name);
  return i === -1 ? PRIORITY.length : i;
}

/** Global pipe: unknown fields refused, types checked, one code per field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    forbidUnknownValues: true,
    stopAtFirstError: false,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) =>
      new ApiException(
        ErrorCode.VALIDATION_FAILED,
        'The request has invalid fields.',
        flattenValidationErrors(errors),
      ),
  });
}

/** Deeper than this, a request's JSON is refused before anything walks it (class-transformer recurses). */
export const MAX_INPUT_DEPTH = 32;

/**
 * Global pipe, before validation: input PostgreSQL cannot store, or that would overflow the stack
 * of the validation that follows, is refused here with a clear code, before anything is written.
 * - no text in a body, query or path may hold U+0000 (text and jsonb cannot store it) or a lone
 *   UTF-16 surrogate (not valid Unicode: jsonb refuses it, and e-mail checks throw on it); the
 *   fields that hold one come back with INVALID_CHARACTER;
 * - objects and arrays may nest at most MAX_INPUT_DEPTH levels (400 INPUT_TOO_DEEP).
 */
export class RejectUnstorableInputPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'custom') return value;
    const fields: string[] = [];
    if (!inspect(value, metadata.data ?? '', fields, 0)) {
      throw new ApiException(
        ErrorCode.INPUT_TOO_DEEP,
        `The request nests objects or arrays deeper than ${MAX_INPUT_DEPTH} levels.`,
      );
    }
    if (fields.length)
      throw new ApiException(
        ErrorCode.VALIDATION_FAILED,
        'The request has invalid fields.',
        fields.map((field) => ({ field, code: FieldErrorCode.INVALID_CHARACTER })),
      );
    return value;
  }
}

/** U+0000, or a surrogate that is not half of a pair (with the u flag, pairs match as one code point). */
const UNSTORABLE = /[\u0000\p{Cs}]/u;

/** Collects the fields holding unstorable text; false when the value nests too deep. */
function inspect(value: unknown, path: string, out: string[], depth: number): boolean {
  if (typeof value === 'string') {
    if (UNSTORABLE.test(value)) out.push(path);
    return true;
  }
  if (!value || typeof value !== 'object' || Buffer.isBuffer(value)) return true;
  if (depth >= MAX_INPUT_DEPTH) return false;
  for (const [key, child] of Object.entries(value)) {
    const at = path ? `${path}.${key}` : key;
    if (UNSTORABLE.test(key)) out.push(at);
    if (!inspect(child, at, out, depth + 1)) return false;
  }
  return true;
}
