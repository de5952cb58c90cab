// Evidence files attached to an item of the answer sheet (the files themselves are in 証跡ファイル).
import { register } from './registry.ts';
import type { Dict } from './types.ts';

export const itemEvidence = register({
  'itemEvidence.summary': { ja: '証跡ファイル ({count})', en: 'Evidence files ({count})' },
  'itemEvidence.by': { ja: '{login} が添付', en: 'attached by {login}' },
  'itemEvidence.none': { ja: '添付されたファイルはありません。', en: 'No files attached.' },
  'itemEvidence.listName': { ja: '{label} に添付された証跡ファイル', en: 'Evidence files attached to {label}' },
  'itemEvidence.detach': { ja: '外す', en: 'Detach' },
  'itemEvidence.detachOf': { ja: '{name} を外す', en: 'Detach {name}' },
  'itemEvidence.detachHint': {
    ja: '外しても、ファイルは「証跡ファイル」に残ります。',
    en: 'A detached file stays in the evidence files.',
  },
  'itemEvidence.upload': { ja: 'ファイルを添付', en: 'Attach a file' },
  'itemEvidence.uploadName': { ja: '{label} に証跡ファイルを添付', en: 'Attach an evidence file to {label}' },
  'itemEvidence.uploadHint': {
    ja: '選ぶとすぐに「証跡ファイル」に登録して、この項目に添付します (PDF、画像、マクロなしの Office 文書、テキスト、CSV、ZIP)。',
    en: 'Once chosen, the file is stored in the evidence files and attached to this item (PDF, images, Office documents without macros, text, CSV, ZIP).',
  },
  'itemEvidence.uploadHintLimit': {
    ja: '選ぶとすぐに「証跡ファイル」に登録して、この項目に添付します (PDF、画像、マクロなしの Office 文書、テキスト、CSV、ZIP。上限 {mb} MB)。',
    en: 'Once chosen, the file is stored in the evidence files and attached to this item (PDF, images, Office documents without macros, text, CSV, ZIP; up to {mb} MB).',
  },
  'itemEvidence.uploading': { ja: '「{name}」をアップロード中… {percent}%', en: 'Uploading {name}… {percent}%' },
  'itemEvidence.pick': { ja: '登録済みの証跡から選ぶ', en: 'Choose a stored evidence file' },
  'itemEvidence.pickName': { ja: '{label} 登録済みの証跡から選ぶ', en: 'Choose a stored evidence file for {label}' },
  'itemEvidence.pickLoading': { ja: '読み込み中…', en: 'Loading…' },
  'itemEvidence.pickPrompt': { ja: '選んでください', en: 'Choose a file' },
  'itemEvidence.pickEmpty': { ja: '添付できるファイルはありません', en: 'No file to attach' },
  'itemEvidence.pickFirst': { ja: '添付するファイルを選んでください', en: 'Choose the file to attach' },
  'itemEvidence.attach': { ja: '添付', en: 'Attach' },
  'itemEvidence.attachName': { ja: '{label} に選んだ証跡を添付', en: 'Attach the chosen file to {label}' },
  'itemEvidence.attached': { ja: '{label} に「{name}」を添付しました。', en: 'Attached {name} to {label}.' },
  'itemEvidence.detached': {
    ja: '{label} から「{name}」を外しました。ファイルは「証跡ファイル」に残っています。',
    en: 'Detached {name} from {label}. The file stays in the evidence files.',
  },
} satisfies Dict);
