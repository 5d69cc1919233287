/** The HTTP face of libs/rules. */
export { RulesModule } from './rules.module';
