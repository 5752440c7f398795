import { describe, expect, it } from 'vitest';
import { matchPath, routeTable } from './routes';

describe('route table', () => {
  it('matches paths and reads their parameters', () => {
    expect(matchPath('/indicators/:key', '/indicators/ict_revenue')).toEqual({ key: 'ict_revenue' });
    expect(matchPath('/sources/:id', '/sources/59/')).toEqual({ id: '59' });
    expect(matchPath('/', '/explore')).toBeNull();
    expect(matchPath('/sources', '/sources/59')).toBeNull();
  });

  it('has one page per path', () => {
    const paths = routeTable.map((r) => r.path);
    expect(new Set(paths).size).toBe(paths.length);
  });
});
