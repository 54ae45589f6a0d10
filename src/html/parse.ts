/**
 * A tree builder on htmlparser2's tokenizer, in time linear in the page's length whatever its nesting.
 *
 * htmlparser2's own `Parser` keeps its open elements with the innermost first and adds one with `Array.unshift`,
 * which moves every other: a page of 100,000 nested `<div>`s cost 10 s. This builder keeps the same rules for tag
 * soup (which start tag closes which open element, void elements, `</p>` and `</br>` on their own, self-closing tags
 * in SVG) and the same event positions, but its stack grows at the end, a count per tag name answers "is a `</b>`
 * open at all?" without a search, and the stack never holds more than `maxDepth` elements.
 *
 * Deeper markup is flattened, not dropped: an element that would open deeper than `maxDepth` closes the innermost
 * open element and takes its place, and is told that element as its context, so that what it inherits (being
 * inside a dropped `<nav>`, a link, a `<pre>`) is kept: `<div>` × 600 then `<p>said</p>` still gives `said`.
 */
import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2';
import { FOREIGN_ELEMENTS, HTML_INTEGRATION_ELEMENTS, OPEN_IMPLIES_CLOSE, VOID_ELEMENTS } from '../words/html.js';

/** What the builder reports to; `T` is what the handler keeps for each open element. */
export interface TreeHandler<T> {
  /**
   * An element opens. `context` is what the handler returned for the element it is in (or, past `maxDepth`, the
   * element it replaces). Attributes hold only the names in `TreeOptions.attributes`.
   */
  onopentag(name: string, attribs: Readonly<Record<string, string>>, context: T | undefined): T;
  /** An element closes (explicitly, implied by another tag, or at the end of the page). */
  onclosetag(element: T, name: string): void;
  /** Text, with character references decoded: one call per run of text and one per reference. */
  ontext(data: string): void;
}

export interface TreeOptions {
  /** The most elements open at once; deeper ones take the place of the innermost (see above). */
  readonly maxDepth: number;
  /** The attributes the handler reads: `class`, `id`. Others are not kept (a page can have thousands). */
  readonly attributes: ReadonlySet<string>;
}

interface Entry<T> {
  readonly name: string;
  /** What the handler returned for it; undefined until its start tag has ended (`<div class="a"` at the end). */
  data: T | undefined;
  /** The handler's value for the element this one was opened in, or replaced past `maxDepth`. */
  readonly context: T | undefined;
}

/**
 * Parses `html` and reports its elements and text to `handler`. While a handler method runs, `startIndex` and
 * `endIndex` are the source range of the event, as htmlparser2's `Parser` gives them.
 */
export class TreeBuilder<T> implements TokenizerCallbacks {
  /** Where the current event starts in the source. */
  startIndex = 0;
  /** Where it ends (inclusive, as in htmlparser2). */
  endIndex = 0;
  private openTagStart = 0;
  private tagname = '';
  private attribname = '';
  private attribvalue = '';
  /** Whether the attribute being read is one the handler wants. */
  private keepAttribute = false;
  private attribs: Record<string, string> | null = null;
  private readonly stack: Entry<T>[] = [];
  /** How many open elements have each name: a stray `</b>` is seen to be stray without a search. */
  private readonly open = new Map<string, number>();
  /** Whether each level of foreign content (SVG, MathML) is foreign; innermost last. */
  private readonly foreign: boolean[] = [false];
  private readonly tokenizer: Tokenizer;

  constructor(
    private readonly html: string,
    private readonly handler: TreeHandler<T>,
    private readonly options: TreeOptions,
  ) {
    this.tokenizer = new Tokenizer({ xmlMode: false, decodeEntities: true }, this);
  }

  /** What the handler returned for the innermost open element (its context while its start tag is read). */
  get innermost(): T | undefined {
    const t = this.stack[this.stack.length - 1];
    return t && (t.data ?? t.context);
  }

  /** Parses the whole page, then closes what is still open. */
  run(): void {
    this.tokenizer.write(this.html);
    this.tokenizer.end();
  }

  private top(): Entry<T> | undefined {
    return this.stack[this.stack.length - 1];
  }

  private push(name: string, context: T | undefined): void {
    this.stack.push({ name, data: undefined, context });
    this.open.set(name, (this.open.get(name) ?? 0) + 1);
  }

  /** Closes the innermost open element. */
  private pop(): void {
    const entry = this.stack.pop();
    if (!entry) return;
    this.open.set(entry.name, (this.open.get(entry.name) ?? 1) - 1);
    // An element whose start tag never ended was never opened for the handler, so it is not closed either.
    if (entry.data !== undefined) this.handler.onclosetag(entry.data, entry.name);
  }

  ontext(start: number, endIndex: number): void {
    // A page that ends inside an end tag (`</a b`) gets, from the tokenizer, text from -1: its last character, which
    // is no text. It is left out, as a browser does.
    if (start < 0) return;
    // Text starts where the tokenizer says, not where the last event ended: in `</&x` the `</` is skipped, and
    // htmlparser2's Parser mapped each character of `&x` to all of `</&x`.
    this.startIndex = start;
    this.endIndex = endIndex - 1;
    this.handler.ontext(this.html.slice(start, endIndex));
    this.startIndex = endIndex;
  }

  ontextentity(codepoint: number, endIndex: number): void {
    // A reference starts at its `&`, not where the last event ended: after an end tag with more in it than its name
    // (`</a b=c>&amp;`) the tokenizer reports the tag at the name's end and nothing at its `>`. Each reference is
    // searched back over once, so this stays linear.
    this.startIndex = Math.max(0, this.html.lastIndexOf('&', endIndex - 1));
    this.endIndex = endIndex - 1;
    this.handler.ontext(String.fromCodePoint(codepoint));
    this.startIndex = endIndex;
  }

  onopentagname(start: number, endIndex: number): void {
    // The tag starts at its `<`, for the same reason.
    this.startIndex = start - 1;
    this.endIndex = endIndex;
    this.openTag(this.html.slice(start, endIndex).toLowerCase());
  }

  private openTag(name: string): void {
    this.openTagStart = this.startIndex;
    this.tagname = name;
    const closes = OPEN_IMPLIES_CLOSE.get(name);
    if (closes) {
      for (let t = this.top(); t && closes.has(t.name); t = this.top()) this.pop();
    }
    if (!VOID_ELEMENTS.has(name)) {
      let context = this.top()?.data;
      if (this.stack.length >= this.options.maxDepth) {
        // Too deep: this element takes the place of the innermost, in its context.
        context = this.top()?.data ?? this.top()?.context;
        this.pop();
      }
      this.push(name, context);
      if (FOREIGN_ELEMENTS.has(name)) this.foreign.push(true);
      else if (HTML_INTEGRATION_ELEMENTS.has(name)) this.foreign.push(false);
    }
    this.attribs = {};
  }

  private endOpenTag(): void {
    this.startIndex = this.openTagStart;
    const name = this.tagname;
    const attribs = this.attribs ?? {};
    this.attribs = null;
    this.tagname = '';
    if (VOID_ELEMENTS.has(name)) {
      const data = this.handler.onopentag(name, attribs, this.top()?.data);
      this.handler.onclosetag(data, name);
      return;
    }
    const entry = this.top();
    if (entry && entry.name === name && entry.data === undefined) {
      entry.data = this.handler.onopentag(name, attribs, entry.context);
    }
  }

  onopentagend(endIndex: number): void {
    this.endIndex = endIndex;
    this.endOpenTag();
    this.startIndex = endIndex + 1;
  }

  onclosetag(start: number, endIndex: number): void {
    this.endIndex = endIndex;
    const name = this.html.slice(start, endIndex).toLowerCase();
    if (FOREIGN_ELEMENTS.has(name) || HTML_INTEGRATION_ELEMENTS.has(name)) this.foreign.pop();
    if (!VOID_ELEMENTS.has(name)) {
      if ((this.open.get(name) ?? 0) > 0) {
        // Everything inside the innermost open `name` closes with it: each element is closed once, so this loop
        // costs no more over the page than the elements it has.
        for (let t = this.top(); t; t = this.top()) {
          this.pop();
          if (t.name === name) break;
        }
      } else if (name === 'p') {
        // `</p>` with no `<p>` open is an empty paragraph.
        this.openTag('p');
        this.closeCurrentTag();
      }
    } else if (name === 'br') {
      // `</br>` is a `<br>`.
      const data = this.handler.onopentag('br', {}, this.top()?.data);
      this.handler.onclosetag(data, 'br');
    }
    this.startIndex = endIndex + 1;
  }

  onselfclosingtag(endIndex: number): void {
    this.endIndex = endIndex;
    if (this.foreign[this.foreign.length - 1]) {
      // `<path/>` in SVG has no content.
      this.closeCurrentTag();
      this.startIndex = endIndex + 1;
    } else this.onopentagend(endIndex); // in HTML, `<div/>` is `<div>`
  }

  private closeCurrentTag(): void {
    const name = this.tagname;
    this.endOpenTag();
    // It closes where its start tag ends (`<q/>` in SVG: both marks after the `/>`, in order), not where it began.
    this.startIndex = this.endIndex + 1;
    if (this.top()?.name === name) this.pop();
  }

  onattribname(start: number, endIndex: number): void {
    this.startIndex = start;
    this.attribname = this.html.slice(start, endIndex).toLowerCase();
    this.keepAttribute = this.options.attributes.has(this.attribname);
  }

  onattribdata(start: number, endIndex: number): void {
    if (this.keepAttribute) this.attribvalue += this.html.slice(start, endIndex);
  }

  onattribentity(codepoint: number): void {
    if (this.keepAttribute) this.attribvalue += String.fromCodePoint(codepoint);
  }

  onattribend(_quote: unknown, endIndex: number): void {
    this.endIndex = endIndex;
    const attribs = this.attribs;
    if (this.keepAttribute && attribs && !Object.prototype.hasOwnProperty.call(attribs, this.attribname)) {
      attribs[this.attribname] = this.attribvalue;
    }
    this.attribvalue = '';
    this.keepAttribute = false;
  }

  // Comments, CDATA (a comment in HTML), `<!DOCTYPE>` and `<?xml?>` hold no text.
  oncomment(_start: number, endIndex: number): void {
    this.skip(endIndex);
  }

  oncdata(_start: number, endIndex: number): void {
    this.skip(endIndex);
  }

  ondeclaration(_start: number, endIndex: number): void {
    this.skip(endIndex);
  }

  onprocessinginstruction(_start: number, endIndex: number): void {
    this.skip(endIndex);
  }

  private skip(endIndex: number): void {
    this.endIndex = endIndex;
    this.startIndex = endIndex + 1;
  }

  onend(): void {
    this.endIndex = this.startIndex;
    while (this.stack.length) this.pop();
  }
}
