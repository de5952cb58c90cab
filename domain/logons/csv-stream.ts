// An incremental CSV record reader: text goes in in chunks of any size (a chunk may end inside a
// quoted field, between the two quotes of "", or between \r and \n), complete records come out.
// Quoted fields may span lines (Event Viewer's description, Get-WinEvent's Message); the record's
// first physical line is kept so a problem can name it. A record longer than `maxRecordChars`
// (a quote never closed) is given up: reported once as too long, and reading starts again at the next
// line, so memory stays bounded whatever the file holds.

export interface CsvRecord {
  /** the physical line (1-based) the record starts on */
  line: number;
  cells: string[];
  /** 'too-long': over maxRecordChars (cells dropped); 'unterminated': the file ended inside quotes */
  error?: 'too-long' | 'unterminated';
}

export interface CsvStreamOptions {
  delimiter?: string;
  /** default 1,000,000 characters */
  maxRecordChars?: number;
}

export const MAX_RECORD_CHARS = 1_000_000;

function countNewlines(s: string, from: number, to: number): number {
  let n = 0;
  let i = s.indexOf('\n', from);
  while (i >= 0 && i < to) {
    n++;
    i = s.indexOf('\n', i + 1);
  }
  return n;
}

export class CsvStream {
  private readonly delimiter: string;
  private readonly max: number;
  private cells: string[] = [];
  private field = '';
  private inQuotes = false;
  /** a chunk ended on a quote inside a quoted field: "" (an escaped quote) or the closing one */
  private quotePending = false;
  private atFieldStart = true;
  /** unquoted characters appended to the field since it started or its quote closed (a stray \r is dropped) */
  private unquotedTail = 0;
  private line = 1;
  private recordLine = 1;
  private recordChars = 0;
  /** skipping to the next newline after a record grew too long */
  private skipping = false;

  constructor(options: CsvStreamOptions = {}) {
    this.delimiter = options.delimiter ?? ',';
    this.max = options.maxRecordChars ?? MAX_RECORD_CHARS;
  }

  private append(s: string, quoted: boolean, out: CsvRecord[]): boolean {
    this.field += s;
    this.recordChars += s.length;
    this.unquotedTail = quoted ? 0 : this.unquotedTail + s.length;
    if (this.recordChars <= this.max) return true;
    out.push({ line: this.recordLine, cells: [], error: 'too-long' });
    this.reset();
    this.inQuotes = false;
    this.quotePending = false;
    this.skipping = true;
    return false;
  }

  private reset() {
    this.cells = [];
    this.field = '';
    this.atFieldStart = true;
    this.unquotedTail = 0;
    this.recordChars = 0;
  }

  private endRecord(out: CsvRecord[]) {
    let last = this.field;
    if (this.unquotedTail > 0 && last.endsWith('\r')) last = last.slice(0, -1);
    this.cells.push(last);
    const blank = this.cells.length === 1 && this.cells[0] === '';
    if (!blank) out.push({ line: this.recordLine, cells: this.cells });
    this.reset();
  }

  push(chunk: string): CsvRecord[] {
    const out: CsvRecord[] = [];
    const s = chunk;
    const n = s.length;
    const d = this.delimiter;
    let i = 0;
    if (this.quotePending && n > 0) {
      this.quotePending = false;
      if (s[0] === '"') {
        if (!this.append('"', true, out)) i = n;
        else i = 1;
      } else {
        this.inQuotes = false;
      }
    }
    while (i < n) {
      if (this.skipping) {
        const nl = s.indexOf('\n', i);
        if (nl < 0) break;
        this.line++;
        this.recordLine = this.line;
        this.skipping = false;
        i = nl + 1;
        continue;
      }
      if (this.inQuotes) {
        const q = s.indexOf('"', i);
        const end = q < 0 ? n : q;
        this.line += countNewlines(s, i, end);
        if (!this.append(s.slice(i, end), true, out)) {
          i = end;
          continue;
        }
        if (q < 0) break;
        if (q + 1 >= n) {
          this.quotePending = true;
          break;
        }
        if (s[q + 1] === '"') {
          if (!this.append('"', true, out)) {
            i = q + 2;
            continue;
          }
          i = q + 2;
        } else {
          this.inQuotes = false;
          i = q + 1;
        }
        continue;
      }
      if (this.atFieldStart && s[i] === '"') {
        this.inQuotes = true;
        this.atFieldStart = false;
        i++;
        continue;
      }
      // an unquoted stretch: up to the next delimiter or newline
      const nl = s.indexOf('\n', i);
      let dl = s.indexOf(d, i);
      if (nl >= 0 && dl > nl) dl = -1;
      const stop = dl >= 0 ? dl : nl;
      if (stop < 0) {
        if (i < n && !this.append(s.slice(i), false, out)) break;
        this.atFieldStart = false;
        break;
      }
      if (stop > i) {
        if (!this.append(s.slice(i, stop), false, out)) {
          i = stop;
          continue;
        }
      }
      if (stop === dl) {
        this.cells.push(this.field);
        this.field = '';
        this.atFieldStart = true;
        this.unquotedTail = 0;
      } else {
        this.endRecord(out);
        this.line++;
        this.recordLine = this.line;
      }
      i = stop + 1;
    }
    return out;
  }

  /** The file ended: the last record, if any (an open quote makes it 'unterminated'). */
  end(): CsvRecord[] {
    const out: CsvRecord[] = [];
    if (this.skipping) return out;
    if (this.quotePending) {
      this.quotePending = false;
      this.inQuotes = false;
    }
    if (this.inQuotes) {
      out.push({ line: this.recordLine, cells: [], error: 'unterminated' });
      this.reset();
      this.inQuotes = false;
      return out;
    }
    if (this.field !== '' || this.cells.length > 0) this.endRecord(out);
    return out;
  }
}
