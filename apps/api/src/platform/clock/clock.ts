import { Global, Injectable, Module } from '@nestjs/common';

/** The time, from one place, so tests can move it (reminders, schedules, deadlines). */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}

@Global()
@Module({ providers: [Clock], exports: [Clock] })
export class ClockModule {}
