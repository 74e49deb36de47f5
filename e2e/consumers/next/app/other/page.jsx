import Link from 'next/link';

export default function Other() {
  return (
    <main>
      <p>Another page of the host.</p>
      <Link id="back" href="/">Back to the advisor</Link>
    </main>
  );
}
