import type { ReactNode } from 'react';
import '@pps-kit/react/styles.css';

export const metadata = { title: 'pps-kit i Next.js' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="nb">
      <body>{children}</body>
    </html>
  );
}
