// The JSON error of either engine, said the same way: Node runs V8, so Firefox's messages
// (SpiderMonkey's, taken from Firefox ESR 140) are given here as Firefox throws them.
import { describe, expect, it } from 'vitest';
import { jsonProblem } from '../../../lib/export/parse-backup';

const v8 = (text: string) => {
  try {
    JSON.parse(text);
  } catch (error) {
    return error;
  }
  throw new Error('test: the text parsed');
};
const firefox = (message: string) => new SyntaxError(`JSON.parse: ${message} of the JSON data`);

const MISSING_COLON = '{\n  "format": "paperlens-backup",\n  "version" 1\n}';
const JUNK_AFTER = '{"format": "paperlens-backup"}\n} junk';

describe('jsonProblem', () => {
  it.each([
    [
      'a missing colon',
      MISSING_COLON,
      "expected ':' after property name in object at line 3 column 13",
      "Expected ':' after property name in object at line 3, column 13 (position 46)",
    ],
    [
      'text after the JSON',
      JUNK_AFTER,
      'unexpected non-whitespace character after JSON data at line 2 column 1',
      'Unexpected non-whitespace character after JSON data at line 2, column 1 (position 31)',
    ],
    [
      'a missing comma',
      '{"a": 1 "b": 2}',
      "expected ',' or '}' after property value in object at line 1 column 9",
      "Expected ',' or '}' after property value in object at line 1, column 9 (position 8)",
    ],
    [
      'a line break in a string',
      '{"a": "x\ny"}',
      'bad control character in string literal at line 1 column 9',
      'Bad control character in string literal at line 1, column 9 (position 8)',
    ],
    [
      'not JSON at all',
      'PaperLens lists',
      'unexpected character at line 1 column 1',
      'it starts with "PaperLens lists"',
    ],
    ['not JSON after blank lines', '  \n  xyz', 'unexpected character at line 2 column 3', 'it starts with "xyz"'],
    ['cut inside a string', '{"a": "abc', 'unterminated string at line 1 column 11', 'it ends too early (truncated?)'],
    [
      'cut inside an array',
      '{"a": [1, 2',
      "end of data when ',' or ']' was expected at line 1 column 12",
      'it ends too early (truncated?)',
    ],
    [
      'cut after a comma',
      '{"a": 1,',
      'end of data when property name was expected at line 1 column 9',
      'it ends too early (truncated?)',
    ],
  ])('%s, in Firefox', (_, text, message, said) => {
    expect(jsonProblem(text, firefox(message))).toBe(`the file is not valid JSON: ${said}`);
  });

  it.each([
    [MISSING_COLON, 'Unexpected number at line 3, column 13 (position 46)'],
    [JUNK_AFTER, 'Unexpected non-whitespace character after JSON at line 2, column 1 (position 31)'],
    ['PaperLens lists', 'it starts with "PaperLens lists"'],
    ['{"a": 1,', 'it ends too early (truncated?)'],
  ])('%j, in Chromium (V8)', (text, said) => {
    expect(jsonProblem(text, v8(text))).toBe(`the file is not valid JSON: ${said}`);
  });
});
