import { describe, expect, it } from 'vitest';
import { contentTokens, isOperator, markArtifacts } from '../../../src/export/pdf-artifacts.ts';

describe('contentTokens', () => {
  it('reads numbers, names, literal strings with nested and escaped parentheses, hex strings and dictionaries', () => {
    const tokens = contentTokens('/Span <</MCID 3 /Alt (a (b) \\) c)>> BDC [<0014> -12.5 (x)] TJ % note\nEMC');
    expect(tokens.map((token) => token.text)).toEqual([
      '/Span',
      '<<',
      '/MCID',
      '3',
      '/Alt',
      '(a (b) \\) c)',
      '>>',
      'BDC',
      '[',
      '<0014>',
      '-12.5',
      '(x)',
      ']',
      'TJ',
      'EMC',
    ]);
    expect(tokens.filter((token) => isOperator(token.text)).map((token) => token.text)).toEqual(['BDC', 'TJ', 'EMC']);
  });
});

describe('markArtifacts', () => {
  it('wraps drawing outside any marked content as an artifact, from its operands, up to the next tagged sequence', () => {
    const content = ['q', '1 0 0 rg', '0 0 10 10 re', 'f', 'Q', '/P <</MCID 0 >>BDC', 'BT', '/F1 12 Tf', '<0014> Tj', 'ET', 'EMC', 'BT', '(01) Tj', 'ET'].join(
      '\n',
    );
    expect(markArtifacts(content).split('\n')).toEqual([
      'q',
      '1 0 0 rg',
      '/Artifact BMC',
      '0 0 10 10 re',
      'f',
      'Q',
      'EMC',
      '/P <</MCID 0 >>BDC',
      'BT',
      '/F1 12 Tf',
      '<0014> Tj',
      'ET',
      'EMC',
      '/Artifact BMC',
      'BT',
      '(01) Tj',
      'ET',
      'EMC',
      '',
    ]);
  });

  it('leaves content that is all tagged as it is, nested sequences included', () => {
    const content = '/Sect <</MCID 0 >>BDC\n/Span BMC\nBT (a) Tj ET\nEMC\n0 0 1 1 re f\nEMC\n';
    expect(markArtifacts(content)).toBe(content);
  });

  it('does not take a BT inside a string, or the bytes of an inline image, for an operator', () => {
    const content = '/P <</MCID 0 >>BDC\nBT (re BT) Tj ET\nEMC\nBI /W 1 /H 1 ID \x00BT\x01 EI\n';
    expect(markArtifacts(content)).toBe('/P <</MCID 0 >>BDC\nBT (re BT) Tj ET\nEMC\n/Artifact BMC\nBI /W 1 /H 1 ID \x00BT\x01 EI\n\nEMC\n');
  });

  it('ends at the stream’s end when an inline image has no EI (no endless scan)', () => {
    expect(markArtifacts('BI /W 1 /H 1 ID \x00\x01')).toBe('/Artifact BMC\nBI /W 1 /H 1 ID \x00\x01\nEMC\n');
  });
});
