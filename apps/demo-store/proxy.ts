import type { NextRequest } from 'next/server';
import { NextResponse } from 'next/server';

import { cmsUrl } from './lib/cms/cmsUrl';
import { SESSION_COOKIE } from './lib/session/sessionCookie';

const YEAR = 60 * 60 * 24 * 365;

/**
 * Two jobs before any page: (1) the CMS's pictures (`/uploads/*` of the catalog's pages, `/cms/uploads/*` of the
 * lists) and the recommendations API (`/cms/api/recommendations/*`, list requests and event beacons) are served
 * under the store's own origin, from
 * the CMS named at run time by AISLE_CMS_URL (next.config rewrites would fix it at build time); (2) a shopper
 * without a session cookie gets one, visible to the page rendering this very request.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (pathname.startsWith('/uploads/')) {
    return NextResponse.rewrite(new URL(pathname + search, cmsUrl()));
  }
  if (pathname.startsWith('/cms/api/recommendations/') || pathname.startsWith('/cms/uploads/')) {
    return NextResponse.rewrite(new URL(pathname.slice('/cms'.length) + search, cmsUrl()));
  }
  if (request.cookies.has(SESSION_COOKIE)) return NextResponse.next();
  const sessionId = crypto.randomUUID();
  request.cookies.set(SESSION_COOKIE, sessionId);
  const response = NextResponse.next({ request: { headers: request.headers } });
  response.cookies.set(SESSION_COOKIE, sessionId, { path: '/', sameSite: 'lax', maxAge: YEAR });
  return response;
}

export const config = {
  matcher: ['/((?!_next/|favicon.ico|icon.svg).*)'],
};
