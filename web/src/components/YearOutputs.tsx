// A fiscal year to show, and the year's record to print (a print view in a new tab, and the PDF): the
// 教育・訓練 and BCP 確認表 pages.
import { fiscalYear } from '../../../domain/dates/fiscal-year.ts';
import { useT } from '../i18n.ts';
import { SelectField } from './Field.tsx';
import { FileLink } from './FileLink.tsx';
import '../messages/contacts.ts';

interface Props {
  label: string;
  year: number;
  years: number[];
  onYear: (year: number) => void;
  /** 「印刷:」 and the two links' words */
  print: { lead: string; view: string; pdf: string };
  href: (output: 'print' | 'pdf') => string;
}

export function YearOutputs({ label, year, years, onYear, print, href }: Props) {
  const t = useT();
  return (
    <div className="no-print training-year">
      <SelectField
        label={label}
        value={String(year)}
        onChange={(e) => onYear(Number(e.target.value))}
        options={years.map((y) => ({ value: String(y), label: fiscalYear(y).label }))}
      />
      <p className="output-links">
        {print.lead}{' '}
        <a href={href('print')} target="_blank" rel="noopener">
          {print.view}
          <span className="visually-hidden"> {t('common.newTab')}</span>
        </a>
        {' / '}
        <FileLink href={href('pdf')}>{print.pdf}</FileLink>
      </p>
    </div>
  );
}
