/** The staff dashboard: the alliance in figures, each counted as the list it drills into counts. */
export { DashboardModule } from './dashboard.module';
