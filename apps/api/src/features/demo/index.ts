/** Demo content for a fresh install (DEMO_CONTENT), and its removal (`npm run db:demo -- --remove`). */
export { DemoModule } from './demo.module';
export { DemoContentService } from './demo-content.service';
