import { registerDecorator, type ValidationOptions } from 'class-validator';
import { dictionary } from '@zxcvbn-ts/language-common';
import { FieldErrorCode, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@cqo/contracts';
import { applyDecorators } from '@nestjs/common';
import { MaxLength, MinLength, IsString } from 'class-validator';

let common: Set<string> | undefined;

/** ~49,000 most common passwords (zxcvbn-ts list), compared case-insensitively. */
export function isCommonPassword(password: string): boolean {
  common ??= new Set((dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase()));
  return common.has(password.toLowerCase());
}

function IsNotCommonPassword(options?: ValidationOptions) {
  return (object: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isNotCommonPassword',
      target: object.constructor,
      propertyName: String(propertyName),
      options: { message: 'is one of the most common passwords', ...options },
      validator: { validate: (value: unknown) => typeof value !== 'string' || !isCommonPassword(value) },
    });
}

/** 10–128 characters and not a common password; each failure has its own field code. */
export const AcceptablePassword = () =>
  applyDecorators(
    IsString(),
    MinLength(PASSWORD_MIN_LENGTH, { context: { code: FieldErrorCode.PASSWORD_TOO_SHORT } }),
    MaxLength(PASSWORD_MAX_LENGTH, { context: { code: FieldErrorCode.PASSWORD_TOO_LONG } }),
    IsNotCommonPassword({ context: { code: FieldErrorCode.PASSWORD_TOO_COMMON } }),
  );
