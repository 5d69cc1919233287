/** The case library's public face. */
export { CasesModule } from './cases.module';
export { CasesService } from './cases.service';
