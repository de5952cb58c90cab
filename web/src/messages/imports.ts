// What every all-or-nothing import says of the rows it cannot read.
import { register } from './registry.ts';
import type { Dict } from './types.ts';

export const imports = register({
  'imports.problems': {
    ja: '問題のある行があります。ファイルを直してから、もう一度確認してください (何も取り込んでいません)。',
    en: 'Some rows have problems. Fix the file and check it again (nothing has been imported).',
  },
  'imports.problem': { ja: '{row} 行目 {column}: {message}', en: 'Row {row}, {column}: {message}' },
} satisfies Dict);
