import { screen } from '@testing-library/react';
import { delay, http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';

import { renderPage, toAdminPermissions } from '../../tests/renderPage';
import { App } from './App';

// Layouts.Root shows the sub-navigation from a media query on, which jsdom does not evaluate: the links are
// there but count as hidden, hence `hidden: true`.
describe('App', () => {
  it('shows every page to an admin with every permission', async () => {
    renderPage(<App />);
    expect(await screen.findByRole('link', { name: 'Overview', hidden: true })).toBeInTheDocument();
    const links = screen.getAllByRole('link', { hidden: true }).map((link) => link.textContent);
    expect(links).toEqual([
      'Overview',
      'Editorial lists',
      'Placements',
      'Adjust AI results',
      'Model and data',
      'Performance',
      'Settings',
    ]);
  });

  it('hides Settings from an admin who may only read', async () => {
    renderPage(<App />, { permissions: ['read'] });
    expect(await screen.findByRole('link', { name: 'Overview', hidden: true })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Settings', hidden: true })).not.toBeInTheDocument();
  });

  describe('opened directly, before the admin’s permissions have loaded', () => {
    afterEach(() => localStorage.removeItem('jwtToken'));

    it('shows the pages once the permissions arrive', async () => {
      // A signed-in admin: Strapi's auth provider fetches their permissions, answered here after a while.
      localStorage.setItem('jwtToken', JSON.stringify('a-token'));
      renderPage(<App />, {
        permissions: [],
        handlers: [
          http.get('*/admin/users/me/permissions', async () => {
            await delay(200);
            return HttpResponse.json({ data: toAdminPermissions(['read', 'settings']) });
          }),
        ],
      });
      expect(
        await screen.findByRole('link', { name: 'Adjust AI results', hidden: true }),
      ).toBeInTheDocument();
      expect(screen.getByRole('link', { name: 'Settings', hidden: true })).toBeInTheDocument();
    });
  });
});
