/**
 * The demo page: paste an article, see its quotes highlighted and listed. Runs saidby entirely in the browser.
 * Built by `npm run demo:build` (scripts/build-demo.mjs) into demo/dist/.
 */
import { extractQuotesFromHtml } from '../src/html/index.js';
import { extractQuotes } from '../src/index.js';
// The knowledge base is an explicit import in a browser: the core does not carry it (docs/knowledge-base.md).
import { bundledKnowledgeBase } from '../src/kb/bundled.js';
import { CSS, renderEntityList, renderQuoteTable, renderText } from '../src/render/index.js';

function byId<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`demo: no #${id}`);
  return el as T;
}

const input = byId<HTMLTextAreaElement>('input');
const isHtml = byId<HTMLInputElement>('is-html');
const status = byId<HTMLElement>('status');
const rendered = byId<HTMLElement>('rendered');
const quotes = byId<HTMLElement>('quotes');
const entities = byId<HTMLElement>('entities');

const style = document.createElement('style');
style.textContent = CSS;
document.head.append(style);

function run(): void {
  const text = input.value;
  status.dataset['state'] = 'running';
  status.textContent = 'working…';
  try {
    const t0 = performance.now();
    // An HTML page is drawn as its extracted article text.
    const options = { knowledgeBase: bundledKnowledgeBase() };
    const result = isHtml.checked ? extractQuotesFromHtml(text, options) : extractQuotes(text, options);
    const ms = performance.now() - t0;
    // renderText and the tables escape every piece of the input: their markup is safe to insert.
    rendered.innerHTML = renderText(result);
    quotes.innerHTML = renderQuoteTable(result);
    entities.innerHTML = renderEntityList(result);
    const n = result.quotes.length;
    const quoteCount = `${n} ${n === 1 ? 'quote' : 'quotes'}`;
    status.textContent = `${quoteCount}, ${result.entities.length} entities, ${Math.round(ms)} ms`;
    status.dataset['state'] = 'done';
  } catch (err) {
    status.textContent = `error: ${err instanceof Error ? err.message : String(err)}`;
    status.dataset['state'] = 'error';
  }
}

/** Text that starts like a web page ticks the HTML box (it is never unticked for you). */
const LOOKS_LIKE_A_PAGE = /^\s*<(?:!doctype|html|head|body)\b/i;

let timer: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  clearTimeout(timer);
  if (LOOKS_LIKE_A_PAGE.test(input.value)) isHtml.checked = true;
  status.dataset['state'] = 'pending';
  timer = setTimeout(run, 250);
});
byId<HTMLButtonElement>('run').addEventListener('click', run);
isHtml.addEventListener('change', run);

// A row of the table points to its quote in the text.
quotes.addEventListener('click', (event) => {
  const row = (event.target as Element).closest('tr[data-quote]');
  const id = row?.getAttribute('data-quote');
  if (!id) return;
  rendered.querySelectorAll('.sb-focus').forEach((el) => el.classList.remove('sb-focus'));
  const marks = Array.from(rendered.querySelectorAll('mark.sb-quote')).filter(
    (el) => el.getAttribute('data-quote') === id,
  );
  marks.forEach((el) => el.classList.add('sb-focus'));
  marks[0]?.scrollIntoView({ block: 'center' });
});
