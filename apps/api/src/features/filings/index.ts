/** The filings feature's public face: its module and the events it publishes. */
export { FilingsModule } from './filings.module';
export type { ApprovedFacts, FilingDecided, FilingSubmitted, FilingSuperseded } from './filing-events';
export { FilingWalk, type WalkDocument } from './filing-walk';
export { filingFilterSql, type FilingFilter } from './filing-filter';
