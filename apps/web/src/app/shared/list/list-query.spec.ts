import { convertToParamMap } from '@angular/router';
import { filter, initialFilters, readQuery, writeQuery } from './list-query';

const specs = {
  status: filter.list(['submitted']),
  region: filter.choice(),
  size: filter.list(),
  minYears: filter.number(),
  q: filter.text(),
};

describe('list filters in the URL', () => {
  it('leaves initial values out, so an unfiltered list has a plain address', () => {
    expect(writeQuery(specs, initialFilters(specs), 1)).toEqual({});
  });

  it('writes chosen filters and the page, and reads the same list back', () => {
    const filters = {
      status: ['approved', 'returned'],
      region: '440402',
      size: ['small'],
      minYears: 5,
      q: '格力',
    };
    const params = writeQuery(specs, filters, 3);
    expect(params).toEqual({
      status: ['approved', 'returned'],
      region: '440402',
      size: ['small'],
      minYears: '5',
      q: '格力',
      page: '3',
    });
    expect(readQuery(specs, convertToParamMap(params))).toEqual({ filters, page: 3 });
  });

  it('keeps "none chosen" apart from the initial choice of a list filter', () => {
    const none = writeQuery(specs, { ...initialFilters(specs), status: [] }, 1);
    expect(none).toEqual({ status: ['-'] });
    expect(readQuery(specs, convertToParamMap(none)).filters.status).toEqual([]);
    expect(readQuery(specs, convertToParamMap({})).filters.status).toEqual(['submitted']);
  });

  it('falls back to the initial value for what does not parse (a hand-edited link)', () => {
    const { filters, page } = readQuery(specs, convertToParamMap({ minYears: 'many', page: '-2' }));
    expect(filters.minYears).toBeNull();
    expect(page).toBe(1);
    expect(readQuery(specs, convertToParamMap({ page: '2.5' })).page).toBe(1);
  });

  it("gives each page a fresh copy of a list filter's initial value", () => {
    const a = initialFilters(specs);
    a.status.push('rejected');
    expect(initialFilters(specs).status).toEqual(['submitted']);
  });
});
