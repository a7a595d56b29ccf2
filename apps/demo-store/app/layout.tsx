import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';

import { Footer } from '../components/Footer';
import { Header } from '../components/Header';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Aisle demo store', template: '%s · Aisle demo store' },
  description: 'A demo shop for home, garden and outdoors, with recommendations by Aisle.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#166534' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="flex min-h-dvh flex-col">
        <Header />
        <main className="flex-1">{children}</main>
        <Footer />
      </body>
    </html>
  );
}
