// A server component: the element and its fallback are in the server's HTML,
// with attributes only (a server component has no properties to set).
import Link from 'next/link';
import { AdvisorStatus } from './advisor-memory';

export const dynamic = 'force-dynamic'; // rendered per request, not at build

export default function Page() {
  return (
    <main>
      <h1>Django or FastAPI?</h1>
      <Link id="away" href="/other">Another page</Link>
      <AdvisorStatus target="advisor" />
      <framework-advisor id="advisor" requirements="api!,types!" theme="light">
        Django suits full web applications; FastAPI suits typed APIs and model serving.
      </framework-advisor>
    </main>
  );
}
