// A PosTagger (ExtractOptions.tagger) over wink-nlp and its English lite web model: the tags of one sentence, with
// offsets found by scanning the sentence for each token's text in order (wink keeps no character offsets).
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** Loads the model (about 0.2 s) and returns the tagger; `calls.sentences` counts the sentences it tagged. */
export function winkTagger() {
  const nlp = winkNLP(model, ['pos']);
  const { its } = nlp;
  const calls = { sentences: 0 };
  const tagger = (sentence) => {
    calls.sentences++;
    const tokens = nlp.readDoc(sentence).tokens();
    const values = tokens.out(its.value);
    const tags = tokens.out(its.pos);
    const out = [];
    let at = 0;
    for (let i = 0; i < values.length; i++) {
      const start = sentence.indexOf(values[i], at);
      if (start < 0) continue; // a token wink rewrote: no tag rather than a wrong offset
      out.push({ start, end: start + values[i].length, pos: tags[i] });
      at = start + values[i].length;
    }
    return out;
  };
  return { tagger, calls };
}
