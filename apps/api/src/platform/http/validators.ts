import { applyDecorators } from '@nestjs/common';
import { ValidateBy, ValidateIf } from 'class-validator';
import { isCalendarDay } from '@cqo/rules';
import { FieldErrorCode } from '@cqo/contracts';

/** `2026-12-31T17:00`, `…:00`, `…:00.000`, then `Z` or `+08:00`. */
const TIME_WITH_OFFSET = /^T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** A day written YYYY-MM-DD that exists on the calendar (1980-02-30 does not): else INVALID_DATE. */
export function IsDay(): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isDay',
      validator: {
        validate: (value: unknown) => isCalendarDay(value),
        defaultMessage: (args) => `${args?.property ?? 'value'} must be a real day written YYYY-MM-DD`,
      },
    },
    { context: { code: FieldErrorCode.INVALID_DATE } },
  );
}

/**
 * A real day (YYYY-MM-DD), or a real moment on one: the day, a time and its offset
 * (2026-12-31T17:00:00+08:00). Anything else, 2026-02-30 or 25:00 included, is INVALID_DATE.
 */
export function IsDayOrInstant(): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isDayOrInstant',
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' &&
          isCalendarDay(value.slice(0, 10)) &&
          (value.length === 10 ||
            (TIME_WITH_OFFSET.test(value.slice(10)) && !Number.isNaN(Date.parse(value)))),
        defaultMessage: (args) =>
          `${args?.property ?? 'value'} must be a real day (YYYY-MM-DD) or an ISO date-time with its offset`,
      },
    },
    { context: { code: FieldErrorCode.INVALID_DATE } },
  );
}

/**
 * For edits: the field may be left out (kept as it is), but not sent as null, since the record
 * must always have it (null would reach a NOT NULL column). Null is REQUIRED, reported first.
 */
export function Omittable(): PropertyDecorator {
  return applyDecorators(
    ValidateIf((_object, value) => value !== undefined),
    ValidateBy(
      {
        name: 'isNotNull',
        validator: {
          validate: (value: unknown) => value !== null,
          defaultMessage: (args) => `${args?.property ?? 'value'} may be left out, but not null`,
        },
      },
      { context: { code: FieldErrorCode.REQUIRED } },
    ),
  );
}
