import { describe, expect, it } from 'vitest';
import { needlesFor, redact } from '../../main/gdpr/needles';

const person = { name: 'Søren Østergård', email: 'Soeren.O@Hvidovre.dk', phone: '+45 36 39 36 39' };
const out = (text: string) => redact(text, needlesFor(person));

describe('erasure needles', () => {
  it('replace the name in any case and spacing, also inside words and folded for search and sort', () => {
    expect(out('Mødet blev ledet af SØREN  ØSTERGÅRD.')).toEqual({ text: 'Mødet blev ledet af [slettet person].', hits: 1 });
    expect(out('Efter Søren Østergårds oplæg')).toEqual({ text: 'Efter [slettet person]s oplæg', hits: 1 });
    expect(out('soeren oestergaard | ungepartnerskab').text).toBe('[slettet person] | ungepartnerskab');
    expect(out('s|ren |sterg}rd').text).toBe('[slettet person]');
  });

  it('replace the e-mail in any case and the phone in the usual Danish forms', () => {
    expect(out('Skriv til soeren.o@hvidovre.dk').text).toBe('Skriv til [slettet person]');
    for (const phone of ['36 39 36 39', '36393639', '+45 36393639', '0045 36 39 36 39', '36-39-36-39']) expect(out(`Ring på ${phone} i dag`).text).toBe('Ring på [slettet person] i dag');
  });

  it('leave other people and near misses alone', () => {
    expect(out('Søren Hansen og Anne Østergård; tlf. 36 39 36 40')).toEqual({ text: 'Søren Hansen og Anne Østergård; tlf. 36 39 36 40', hits: 0 });
  });

  it('give LIKE patterns that stay ASCII so SQL case folding still finds Æ, Ø and Å', () => {
    for (const n of needlesFor(person)) expect(n.like).toMatch(/^[\x20-\x7e]+$/);
  });
});
