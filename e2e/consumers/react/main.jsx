// React 19: the element's properties and events through React's own props
// (`requirements` is set as a property, `onadvisor-change` listens).
import { StrictMode, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'framework-advisor';

// A stable value: React sets a custom element's property again whenever
// the value changes identity, which would replace the reader's selection.
const REQUIREMENTS = { api: 'must', types: 'must' };

function App() {
  const [theme, setTheme] = useState('light');
  const [status, setStatus] = useState('loading');
  const [mount, setMount] = useState(0);
  const holder = useRef(null);
  const kept = useRef(null);
  const report = (event) => setStatus(`${event.type}: ${event.detail.verdict}`);
  return (
    <>
      <p id="status">{status}</p>
      <button id="theme" onClick={() => setTheme(theme === 'light' ? 'dark' : 'light')}>Theme</button>
      <button id="remount" onClick={() => setMount(mount + 1)}>Remount</button>
      <button id="away" onClick={() => { kept.current = holder.current.firstElementChild; kept.current.remove(); }}>Away</button>
      <button id="back" onClick={() => holder.current.append(kept.current)}>Back</button>
      <div ref={holder}>
        <framework-advisor
          key={mount}
          theme={theme}
          requirements={REQUIREMENTS}
          onadvisor-ready={report}
          onadvisor-change={report}
        />
      </div>
    </>
  );
}

createRoot(document.getElementById('app')).render(<StrictMode><App /></StrictMode>);
