/** Demo content for a fresh install (SEED_DEMO). */
export { DemoModule } from './demo.module';
export { DemoContentService } from './demo-content.service';
