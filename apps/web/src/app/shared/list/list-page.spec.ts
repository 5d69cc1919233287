import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { Subject, of, type Observable } from 'rxjs';
import { ListPage, type Page } from './list-page';
import { filter, type FiltersOf } from './list-query';

const specs = { q: filter.text(), size: filter.list() };
type Call = { filters: FiltersOf<typeof specs>; page: number };
let calls: Call[] = [];
let answer: (call: Call) => Observable<Page<string>> = () => of({ items: ['row'], total: 41 });

@Component({
  selector: 'cqo-test-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: '',
})
class TestListComponent {
  readonly list = new ListPage({
    filters: specs,
    fetch: (filters, page) => {
      const call = { filters, page };
      calls.push(call);
      return answer(call);
    },
  });
}

@Component({ selector: 'cqo-test-detail', changeDetection: ChangeDetectionStrategy.OnPush, template: '' })
class DetailComponent {}

async function open(url: string) {
  const harness = await RouterTestingHarness.create();
  const page = await harness.navigateByUrl(url, TestListComponent);
  return { harness, list: page.list, router: TestBed.inject(Router) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('ListPage', () => {
  beforeEach(() => {
    calls = [];
    answer = () => of({ items: ['row'], total: 41 });
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'list', component: TestListComponent },
          { path: 'detail', component: DetailComponent },
        ]),
      ],
    });
  });

  it('starts from the filters and page in the address (a shared link)', async () => {
    const { list } = await open('/list?q=%E6%A0%BC%E5%8A%9B&size=small&size=micro&page=2');
    await settle();
    expect(calls.at(-1)).toEqual({ filters: { q: '格力', size: ['small', 'micro'] }, page: 2 });
    expect(list.filters()).toEqual({ q: '格力', size: ['small', 'micro'] });
    expect(list.items()).toEqual(['row']);
    expect(list.total()).toBe(41);
    expect(list.totalCapped()).toBe(false);
  });

  it('knows when the server stopped counting at a cap', async () => {
    answer = () => of({ items: ['row'], total: 1000, totalCapped: true });
    const { list } = await open('/list');
    await settle();
    expect(list.total()).toBe(1000);
    expect(list.totalCapped()).toBe(true);
  });

  it('a filter change goes into the address and back to the first page', async () => {
    const { list, router } = await open('/list?page=3');
    list.set({ size: ['large'] });
    await settle();
    expect(router.url).toBe('/list?size=large');
    expect(calls.at(-1)).toEqual({ filters: { q: '', size: ['large'] }, page: 1 });
    list.goTo(2);
    await settle();
    expect(router.url).toBe('/list?size=large&page=2');
  });

  it('coming back to the address (Back from a detail page) restores the list', async () => {
    const { harness, list } = await open('/list?q=abc&page=2');
    await settle();
    await harness.navigateByUrl('/detail');
    const back = await harness.navigateByUrl('/list?q=abc&page=2', TestListComponent);
    await settle();
    expect(back.list).not.toBe(list); // a fresh page, as after Back
    expect(back.list.filters().q).toBe('abc');
    expect(back.list.page()).toBe(2);
  });

  it('searching again for the same thing loads the rows again', async () => {
    const { list } = await open('/list?q=abc');
    await settle();
    const before = calls.length;
    list.set({ q: 'abc' });
    await settle();
    expect(calls.length).toBe(before + 1);
  });

  it('an answer that arrives after a newer request is dropped', async () => {
    const pending: Subject<Page<string>>[] = [];
    answer = () => {
      const s = new Subject<Page<string>>();
      pending.push(s);
      return s;
    };
    const { list } = await open('/list');
    list.set({ q: 'new' });
    await settle();
    expect(pending).toHaveLength(2);
    pending[1].next({ items: ['new'], total: 1 });
    pending[1].complete();
    pending[0].next({ items: ['old'], total: 9 });
    pending[0].complete();
    await settle();
    expect(list.items()).toEqual(['new']);
    expect(list.loading()).toBe(false);
  });
});
