import { DatePipe } from '@angular/common';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { PageComponent } from '../page.component';
import { FilterBarComponent } from './filters';
import { ListPagerComponent } from './list-pager.component';
import { PagedRowDetailDirective, PagedRowDirective, PagedTableComponent } from './paged-table.component';

/** The list-page frame: ListPage (state and URL), its filters, a paged table or a pager. */
export { ListPage, type Page, type PagedSource } from './list-page';
export { filter } from './list-query';
export { FilterBarComponent, type FilterBarControl } from './filters';
export { regionLabel } from './filter-options';

/** What a list page imports: the page, the filter bar, the table or the pager, dates, links, texts. */
export const LIST_PAGE = [
  PageComponent,
  FilterBarComponent,
  PagedTableComponent,
  PagedRowDirective,
  PagedRowDetailDirective,
  ListPagerComponent,
  DatePipe,
  RouterLink,
  TranslocoPipe,
] as const;
