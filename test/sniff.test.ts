// looksLikeHtmlPage (src/html/sniff.ts): what the CLI and the demo take for a web page, on made-up inputs.
import { describe, expect, it } from 'vitest';
import { looksLikeHtmlPage } from '../src/html/sniff.js';

describe('looksLikeHtmlPage', () => {
  it.each([
    '<!doctype html><p>Hi</p>',
    '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN">',
    '\uFEFF\n\n  <html lang="en">',
    '<HEAD><title>x</title>',
    '<body>',
    '<!-- saved --><!-- twice -->\n<html>',
  ])('a page: %j', (text) => expect(looksLikeHtmlPage(text)).toBe(true));

  it.each([
    '"Profits rose by <5%," she said.',
    '<p>A fragment, not a page</p>',
    '<htmlish> tag',
    '<bodyguard> said no',
    '<!-- a comment never closed <html>',
    'Text first. <html>',
    '',
  ])('not a page: %j', (text) => expect(looksLikeHtmlPage(text)).toBe(false));

  it('looks only at the first 4 KB, whatever the input', () => {
    expect(looksLikeHtmlPage(' '.repeat(5000) + '<html>')).toBe(false);
    expect(looksLikeHtmlPage('<!-- x -->'.repeat(1_000_000) + '<html>')).toBe(false);
    // 20 MB of comment openers, none closed, as one flat string (as read from a file; a string built by `+` is
    // flattened, in time linear in its length, by the first look at it).
    const long = Buffer.from('<!--'.repeat(5_000_000) + 'x').toString('latin1');
    expect(long.length).toBe(20_000_001);
    const t0 = performance.now();
    expect(looksLikeHtmlPage(long)).toBe(false);
    expect(performance.now() - t0).toBeLessThan(100);
  });
});
