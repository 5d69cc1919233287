/** The search's HTTP face (the port and its adapters are in platform/search). */
export { SearchFeatureModule } from './search.module';
