/**
 * The demo page: it opens on a sample article, and draws any article pasted in with its quotes highlighted and
 * listed. saidby runs in a Web Worker (demo/worker.ts), so the page never blocks while it reads; nothing leaves the
 * browser. Built by `npm run demo:build` (scripts/build-demo.mjs) into demo/dist/.
 */
import sample from '../examples/article.txt';
import { looksLikeHtmlPage } from '../src/html/sniff.js';
import { CSS } from '../src/render/index.js';
import type { DemoAnswer, DemoRequest } from './protocol.js';

/** The worker's bundle, as text: scripts/build-demo.mjs puts it before this script. */
declare const SAIDBY_WORKER_SOURCE: string;

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

// From a blob: URL rather than a file beside the page: a page opened from disk (file://) may not start a worker
// from a file, but may from a blob.
const worker = new Worker(URL.createObjectURL(new Blob([SAIDBY_WORKER_SOURCE], { type: 'text/javascript' })));

/** The latest request's id: an answer to an older one (the text changed since) is dropped. */
let latest = 0;

function setStatus(state: string, text: string): void {
  status.dataset['state'] = state;
  status.textContent = text;
}

function show(answer: DemoAnswer): void {
  if (answer.id !== latest) return;
  if ('error' in answer) return setStatus('error', `error: ${answer.error}`);
  rendered.innerHTML = answer.rendered;
  quotes.innerHTML = answer.quotes;
  entities.innerHTML = answer.entities;
  const n = answer.quoteCount;
  setStatus(
    'done',
    `${n} ${n === 1 ? 'quote' : 'quotes'}, ${answer.entityCount} entities, ${Math.round(answer.ms)} ms`,
  );
}

function run(): void {
  setStatus('running', 'working…');
  const request: DemoRequest = { id: ++latest, text: input.value, html: isHtml.checked };
  worker.postMessage(request);
}

worker.addEventListener('message', (event: MessageEvent<DemoAnswer>) => show(event.data));
worker.addEventListener('error', (event) => setStatus('error', `error: ${event.message}`));

let timer: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  clearTimeout(timer);
  latest++; // whatever is in flight is for the old text
  // Text that starts like a web page ticks the HTML box (it is never unticked for you).
  if (looksLikeHtmlPage(input.value)) isHtml.checked = true;
  setStatus('pending', '');
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

// The page opens on a sample article, already read.
input.value = sample;
run();
