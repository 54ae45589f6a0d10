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

/** Elements never dropped for their class or id: a `<body class="has-nav">` is still the page. */
export const NEVER_DROPPED_BY_NAME = words('html body main article');
