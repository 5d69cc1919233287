/** The filings feature's public face: its module and the events it publishes. */
export { FilingsModule } from './filings.module';
export type { ApprovedFacts, FilingDecided, FilingSuperseded } from './filing-events';
