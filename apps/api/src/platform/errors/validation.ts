import {
  HttpStatus,
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
        HttpStatus.BAD_REQUEST,
        ErrorCode.VALIDATION_FAILED,
        'The request has invalid fields.',
        flattenValidationErrors(errors),
      ),
  });
}

/**
 * Global pipe, before validation: no text in a body, query or path may hold U+0000. PostgreSQL
 * cannot store it in text or jsonb, so it would fail deep in a query as a 500; here it is refused
 * with the field that holds it, before anything is written.
 */
export class RejectNulCharactersPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'custom') return value;
    const fields: string[] = [];
    findNul(value, metadata.data ?? '', fields);
    if (fields.length)
      throw new ApiException(
        HttpStatus.BAD_REQUEST,
        ErrorCode.VALIDATION_FAILED,
        'The request has invalid fields.',
        fields.map((field) => ({ field, code: FieldErrorCode.INVALID_CHARACTER })),
      );
    return value;
  }
}

function findNul(value: unknown, path: string, out: string[], depth = 0): void {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) out.push(path);
  } else if (value && typeof value === 'object' && depth < 32 && !Buffer.isBuffer(value)) {
    for (const [key, child] of Object.entries(value)) {
      if (key.includes('\u0000')) out.push(path ? `${path}.${key}` : key);
      findNul(child, path ? `${path}.${key}` : key, out, depth + 1);
    }
  }
}
