/** Element names, ARIA roles and class words by which the HTML reader (html/text.ts) keeps or drops a page's parts. */
import { words } from './list.js';

/** Elements whose text is never article text: scripts, navigation, forms, embedded media, the head. */
export const DROPPED_ELEMENTS = words(`
  head script style noscript template nav aside footer form iframe frame frameset object embed svg math canvas audio
  video picture button select textarea input dialog menu title meta link
`);

/** Elements that start and end a block of text: a paragraph break before and after (`<p>`, `<li>`, `<h2>`). */
export const BLOCK_ELEMENTS = words(`
  address article blockquote body caption dd details div dl dt figcaption figure h1 h2 h3 h4 h5 h6 header hgroup hr
  html li main ol p pre section summary table tbody td tfoot th thead tr ul
`);

/** ARIA roles of boilerplate: `<div role="navigation">`. */
export const DROPPED_ROLES = words(
  'navigation banner contentinfo complementary search dialog alertdialog menu menubar toolbar',
);

/** Words in a class or id that mark boilerplate (compared whole, after splitting on non-letters): `share-bar`. */
export const BOILERPLATE_WORDS = words(`
  nav navbar navigation menu breadcrumb breadcrumbs sidebar share sharing social related recommended comments
  comment cookie cookies consent newsletter subscribe subscription promo advert advertisement ad ads sponsored popup
  modal banner footer masthead skip trending popular outbrain taboola toolbar
`);

/** The attributes the filter reads (html/text.ts); the tree builder keeps no others. */
export const READ_ATTRIBUTES = words('hidden aria-hidden role class id');

/** Elements never dropped for their class or id: a `<body class="has-nav">` is still the page. */
export const NEVER_DROPPED_BY_NAME = words('html body main article');

/*
 * How the HTML reader's tree builder (html/parse.ts) repairs tag soup: the rules of htmlparser2's Parser in HTML
 * mode, kept here so that the builder gives the same elements as that parser did on every page.
 */

const P = words('p');
const FORM_CONTROLS = words('input option optgroup select button datalist textarea');
const TABLE_SECTIONS = words('thead tbody');
const DEFINITION_TERMS = words('dd dt');
const RUBY_TEXT = words('rt rp');

/** Elements whose start tag closes the open elements named: `<li>` closes an open `<li>`, `<div>` a `<p>`. */
export const OPEN_IMPLIES_CLOSE: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['tr', words('tr th td')],
  ['th', words('th')],
  ['td', words('thead th td')],
  ['body', words('head link script')],
  ['li', words('li')],
  ...[...words('p h1 h2 h3 h4 h5 h6')].map((name) => [name, P] as const),
  ...[...words('select input output button datalist textarea')].map((name) => [name, FORM_CONTROLS] as const),
  ['option', words('option')],
  ['optgroup', words('optgroup option')],
  ['dd', DEFINITION_TERMS],
  ['dt', DEFINITION_TERMS],
  ...[
    ...words(`
      address article aside blockquote details div dl fieldset figcaption figure footer form header hr main nav ol
      pre section table ul
    `),
  ].map((name) => [name, P] as const),
  ['rt', RUBY_TEXT],
  ['rp', RUBY_TEXT],
  ['tbody', TABLE_SECTIONS],
  ['tfoot', TABLE_SECTIONS],
]);

/** Elements with no content and no end tag: `<br>`, `<img>`. */
export const VOID_ELEMENTS = words(`
  area base basefont br col command embed frame hr img input isindex keygen link meta param source track wbr
`);

/** Elements that start foreign content (SVG, MathML), where `<path/>` closes itself. */
export const FOREIGN_ELEMENTS = words('math svg');

/** Elements inside foreign content that hold HTML again: `<svg><foreignObject>`. */
export const HTML_INTEGRATION_ELEMENTS = words('mi mo mn ms mtext annotation-xml foreignobject desc title');
