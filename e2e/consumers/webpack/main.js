// webpack 5 and no framework: the element from `import 'framework-advisor'`
// (webpack copies the wasm it finds through `new URL(…, import.meta.url)`).
import 'framework-advisor';

const app = document.getElementById('app');
const status = document.createElement('p');
status.id = 'status';
status.textContent = 'loading';
const holder = document.createElement('div');
let element;
let kept;
const report = (event) => (status.textContent = `${event.type}: ${event.detail.verdict}`);
function create() {
  element = document.createElement('framework-advisor');
  element.setAttribute('theme', 'light');
  element.requirements = { api: 'must', types: 'must' };
  element.addEventListener('advisor-ready', report);
  element.addEventListener('advisor-change', report);
  holder.replaceChildren(element);
}
const button = (id, onClick) => {
  const b = document.createElement('button');
  b.id = id;
  b.textContent = id;
  b.addEventListener('click', onClick);
  return b;
};
app.append(
  status,
  button('theme', () => element.setAttribute('theme', element.getAttribute('theme') === 'light' ? 'dark' : 'light')),
  button('remount', create),
  button('away', () => { kept = element; kept.remove(); }),
  button('back', () => holder.append(kept)),
  holder,
);
create();
