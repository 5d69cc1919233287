/** The opportunity board's public face. */
export { OpportunitiesModule } from './opportunities.module';
export { OpportunitiesService } from './opportunities.service';
export type { OpportunityInputDto } from './dto/opportunity.dto';
