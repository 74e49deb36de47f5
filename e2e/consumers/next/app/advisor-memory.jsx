'use client';
// Client components around the element a server component renders: one
// keeps the reader's choices across navigations, one hands them back and
// shows what the element's events say.
import { createContext, useContext, useEffect, useRef, useState } from 'react';
// As the package's README says. A client component also renders on the
// server, where the import must do nothing.
import 'framework-advisor';

const Memory = createContext(null);

/** Keeps the reader's latest choices for as long as the app runs. */
export function AdvisorMemory({ children }) {
  const kept = useRef(null);
  return <Memory.Provider value={kept}>{children}</Memory.Provider>;
}

/** Wires the `<framework-advisor id={target}>` on the page: restores the kept
 * choices and reports its events. */
export function AdvisorStatus({ target }) {
  const kept = useContext(Memory);
  const [status, setStatus] = useState('loading');
  useEffect(() => {
    const element = document.getElementById(target);
    // The reader's choices from before a navigation replace the starting ones.
    if (kept.current) element.requirements = kept.current;
    const report = (event) => {
      kept.current = event.detail.requirements;
      setStatus(`${event.type}: ${event.detail.verdict}`);
    };
    element.addEventListener('advisor-ready', report);
    element.addEventListener('advisor-change', report);
    return () => {
      element.removeEventListener('advisor-ready', report);
      element.removeEventListener('advisor-change', report);
    };
  }, [kept, target]);
  return <p id="status">{status}</p>;
}
