// The root layout: it stays mounted across client-side navigations, so the
// reader's choices are kept here, in a client component.
import { AdvisorMemory } from './advisor-memory';

export const metadata = { title: 'Framework Advisor on Next.js', icons: { icon: 'data:,' } };

export default function Layout({ children }) {
  return (
    <html lang="en">
      <body>
        <AdvisorMemory>{children}</AdvisorMemory>
      </body>
    </html>
  );
}
