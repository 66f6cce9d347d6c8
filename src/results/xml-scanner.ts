/**
 * A streaming XML tokenizer for test-result files.
 *
 * Why not a library: saxes (strict, the best-kept streaming parser) measured 46 MB/s on a
 * 60 MB pytest-style file next to xml2js's 12 MB/s in the same run, 3.8x before any of our own
 * logic, short of the 5x we promise (this scanner: 160-200 MB/s on bench/parse.bench.ts), and
 * it accumulates a whole text node before reporting it, so a 300 MB <system-out> costs 300 MB. htmlparser2 streams text but is not a strict XML
 * parser (truncated files and mismatched tags pass silently). This scanner finds markup with
 * indexOf, hands text over in pieces only when the consumer wants it, and never expands
 * anything but the five predefined entities and character references, so external entities
 * (XXE) and entity-expansion bombs cannot be resolved by construction.
 */

export type Attributes = Record<string, string>;

export interface XmlEvents {
  open(name: string, attrs: Attributes, selfClosing: boolean): void;
  close(name: string): void;
  /** Decoded character data of text and CDATA, in one or more pieces. Only called while wantsText(). */
  text(piece: string): void;
  wantsText(): boolean;
}

export interface XmlIssue {
  message: string;
  line: number;
  column: number;
  /** A fatal issue stops the scan; what was reported before it stands. */
  fatal: boolean;
}

const LT = 60; // <
const GT = 62; // >
const SLASH = 47;
const BANG = 33;
const QUESTION = 63;
const EQ = 61;
const QUOT = 34;
const APOS = 39;
const LSQB = 91; // [
const RSQB = 93; // ]

/** A single tag (with its attributes) larger than this is treated as corrupt, not buffered forever. */
const MAX_MARKUP_CHARS = 64 * 1024 * 1024;

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const ENTITY_RE = /&(?:(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z_:][\w.:-]*);)?/g;
// Characters XML 1.0 does not allow anywhere in a document (section 2.2).
const INVALID_CHAR_RE = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/;
const ATTR_WS_RE = /[\t\n\r]/g;
// What ends or changes the walk of a DOCTYPE, outside and inside its internal subset.
const DOCTYPE_TOP_RE = /["'[>]/g;
const DOCTYPE_SUBSET_RE = /["'<\]]/g;
// One well-formed attribute after white space: name="value" or name='value' ("<" never allowed),
// its value with nothing to decode or normalise (no "&", tab or line break): taken as it is.
// Any other attribute goes the long way (setAttribute), which decodes it.
const ATTR_RE = /[ \t\r\n]+([^\s=/>"'<]+)[ \t\r\n]*=[ \t\r\n]*(?:"([^"<&\t\r\n]*)"|'([^'<&\t\r\n]*)')/y;

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13;
}

class ScanFatal extends Error {
  constructor(
    message: string,
    readonly at: number,
  ) {
    super(message);
  }
}

/** Returned by markup readers when the buffer ends before the markup does. */
const NEED_MORE = -1;

export class XmlScanner {
  private buf = '';
  private pos = 0;
  /** Lines and column at buf[0], so issues can name where they are after the buffer moved on. */
  private lineAtBuf = 1;
  private columnAtBuf = 1;
  private readonly stack: string[] = [];
  private rootSeen = false;
  private stopped = false;
  private inCdata = false;
  private inComment = false;
  private doctypeEntities = false;
  /** Where the walk of a DOCTYPE split across chunks goes on (after "<!DOCTYPE"), and in which part. */
  private doctypeResume = 0;
  private doctypeInSubset = false;
  private reportedEntity = false;
  private reportedChar = false;
  /** The buffer holds no character XML forbids: per-value checks can be skipped (one native scan a chunk). */
  private clean = true;
  readonly issues: XmlIssue[] = [];

  constructor(private readonly events: XmlEvents) {}

  /** True once a fatal issue ended the scan. */
  get failed(): boolean {
    return this.stopped;
  }

  get openElements(): readonly string[] {
    return this.stack;
  }

  write(chunk: string): void {
    if (this.stopped) return;
    // run() leaves only the unfinished tail in buf (pos 0), its lines already counted. The tail
    // of a clean buffer is clean: only the new chunk is scanned, not a tail that grows while
    // one tag or text runs over many chunks.
    const tailClean = this.buf.length === 0 || this.clean || !INVALID_CHAR_RE.test(this.buf);
    this.buf = this.buf.length === 0 ? chunk : this.buf + chunk;
    this.clean = tailClean && !INVALID_CHAR_RE.test(chunk);
    this.run(false);
  }

  end(): void {
    if (this.stopped) return;
    this.run(true);
    if (this.stopped) return;
    if (this.inCdata || this.inComment) {
      this.fail(`the file ends inside a ${this.inCdata ? 'CDATA section' : 'comment'}`, this.buf.length);
    } else if (this.stack.length > 0) {
      const open = this.stack[this.stack.length - 1];
      this.fail(
        `the file ends before <${open}> is closed (${this.stack.length} element(s) still open): truncated, e.g. a runner killed mid-write?`,
        this.buf.length,
      );
    } else if (!this.rootSeen) {
      this.fail(
        this.buf.trim() === '' ? 'the file has no XML content' : 'no root element found',
        this.buf.length,
      );
    }
  }

  private run(final: boolean): void {
    try {
      this.scan(final);
    } catch (err) {
      if (!(err instanceof ScanFatal)) throw err;
      this.fail(err.message, err.at);
    }
    if (!this.stopped) this.advanceTo(this.pos);
  }

  /** Counts the lines of everything before `to` and drops it from the buffer. */
  private advanceTo(to: number): void {
    const buf = this.buf;
    let nl = buf.indexOf('\n');
    let last = -1;
    while (nl !== -1 && nl < to) {
      this.lineAtBuf++;
      last = nl;
      nl = buf.indexOf('\n', nl + 1);
    }
    this.columnAtBuf = last === -1 ? this.columnAtBuf + to : to - last;
    this.buf = buf.slice(to);
    this.pos = 0;
  }

  private where(at: number): { line: number; column: number } {
    let line = this.lineAtBuf;
    let last = -1;
    let nl = this.buf.indexOf('\n');
    while (nl !== -1 && nl < at) {
      line++;
      last = nl;
      nl = this.buf.indexOf('\n', nl + 1);
    }
    return { line, column: last === -1 ? this.columnAtBuf + at : at - last };
  }

  private fail(message: string, at: number): void {
    this.issues.push({ message, ...this.where(Math.min(at, this.buf.length)), fatal: true });
    this.stopped = true;
  }

  private warn(message: string, at: number): void {
    this.issues.push({ message, ...this.where(at), fatal: false });
  }

  private scan(final: boolean): void {
    const buf = this.buf;
    const len = buf.length;
    while (this.pos < len) {
      if (this.inCdata) {
        if (!this.continueCdata(final)) return;
        continue;
      }
      if (this.inComment) {
        const end = buf.indexOf('-->', this.pos);
        if (end === -1) {
          this.pos = Math.max(this.pos, len - 2);
          return;
        }
        this.pos = end + 3;
        this.inComment = false;
        continue;
      }
      const lt = buf.indexOf('<', this.pos);
      if (lt === -1) {
        this.text(this.pos, len, final);
        return;
      }
      if (lt > this.pos) this.text(this.pos, lt, true);
      this.pos = lt;
      if (lt + 1 >= len) {
        if (final) throw new ScanFatal('the file ends inside markup', lt);
        return;
      }
      const c1 = buf.charCodeAt(lt + 1);
      let next: number;
      if (c1 === SLASH) next = this.closeTag(lt);
      else if (c1 === QUESTION) next = this.processingInstruction(lt);
      else if (c1 === BANG) next = this.declaration(lt, final);
      else next = this.openTag(lt);
      if (next === NEED_MORE) {
        if (final) throw new ScanFatal('the file ends inside a tag', lt);
        if (len - lt > MAX_MARKUP_CHARS)
          throw new ScanFatal('a tag longer than 64 MiB: the file is corrupt', lt);
        return;
      }
      this.pos = next;
    }
  }

  /** Reports text from start to end; when the buffer may continue, keeps back a split entity. */
  private text(start: number, end: number, complete: boolean): void {
    const buf = this.buf;
    if (!complete) {
      const amp = buf.lastIndexOf('&', end - 1);
      if (amp >= start && end - amp < 16 && buf.indexOf(';', amp) === -1) end = amp;
    }
    this.pos = end;
    if (end <= start) return;
    if (this.stack.length === 0) {
      const outside = buf.slice(start, end);
      const lead = outside.length - outside.trimStart().length;
      if (lead < outside.length) {
        throw new ScanFatal(
          this.rootSeen ? 'text after the root element' : 'text before the root element: not an XML file',
          start + lead,
        );
      }
      return;
    }
    // Text nobody keeps is neither decoded nor checked: most of a big report is output of passing tests.
    if (!this.events.wantsText()) return;
    const raw = buf.slice(start, end);
    this.checkChars(raw, start);
    this.events.text(raw.indexOf('&') === -1 ? raw : this.decode(raw, start));
  }

  private continueCdata(final: boolean): boolean {
    const buf = this.buf;
    const end = buf.indexOf(']]>', this.pos);
    const stop = end === -1 ? Math.max(this.pos, buf.length - 2) : end;
    if (stop > this.pos && this.events.wantsText()) {
      const raw = buf.slice(this.pos, stop);
      this.checkChars(raw, this.pos);
      this.events.text(raw);
    }
    if (end === -1) {
      this.pos = stop;
      if (final) throw new ScanFatal('the file ends inside a CDATA section', stop);
      return false;
    }
    this.pos = end + 3;
    this.inCdata = false;
    return true;
  }

  private processingInstruction(lt: number): number {
    const end = this.buf.indexOf('?>', lt + 2);
    return end === -1 ? NEED_MORE : end + 2;
  }

  private declaration(lt: number, final: boolean): number {
    const buf = this.buf;
    if (buf.startsWith('<!--', lt)) {
      this.inComment = true;
      return lt + 4;
    }
    if (buf.startsWith('<![CDATA[', lt)) {
      if (this.stack.length === 0) throw new ScanFatal('CDATA outside the root element', lt);
      this.inCdata = true;
      return lt + 9;
    }
    if (buf.startsWith('<!DOCTYPE', lt)) return this.doctype(lt);
    if (!final && buf.length - lt < 9) return NEED_MORE;
    throw new ScanFatal('unknown markup after "<!"', lt);
  }

  /**
   * A DOCTYPE is skipped, never interpreted. Entity declarations in it are reported: they are
   * how XXE and "billion laughs" files work, and we expand none of them. The walk knows quoted
   * literals and, in the internal subset, comments and processing instructions, so a "]" or ">"
   * inside them ends nothing (`<!ENTITY a "]">`, `<!-- ] -->`, a system literal with "[").
   * A DOCTYPE split across chunks is walked on from where the last chunk ended, not again.
   */
  private doctype(lt: number): number {
    const buf = this.buf;
    const len = buf.length;
    let i = lt + 9 + this.doctypeResume;
    let inSubset = this.doctypeInSubset;
    const more = (at: number): number => {
      this.doctypeResume = at - lt - 9;
      this.doctypeInSubset = inSubset;
      return NEED_MORE;
    };
    for (;;) {
      const re = inSubset ? DOCTYPE_SUBSET_RE : DOCTYPE_TOP_RE;
      re.lastIndex = i;
      const m = re.exec(buf);
      if (m === null) return more(len);
      i = m.index;
      const c = buf.charCodeAt(i);
      if (c === QUOT || c === APOS) {
        const close = buf.indexOf(c === QUOT ? '"' : "'", i + 1);
        if (close === -1) return more(i);
        i = close + 1;
      } else if (c === GT) {
        break;
      } else if (c === LSQB) {
        inSubset = true;
        i++;
      } else if (c === RSQB) {
        inSubset = false;
        i++;
      } else {
        // "<" in the internal subset: a comment or a processing instruction is skipped whole;
        // any other declaration is walked on (its literals are quoted).
        if (len - i < 4) return more(i);
        const comment = buf.startsWith('<!--', i);
        if (comment || buf.charCodeAt(i + 1) === QUESTION) {
          const close = comment ? buf.indexOf('-->', i + 4) : buf.indexOf('?>', i + 2);
          if (close === -1) return more(i);
          i = close + (comment ? 3 : 2);
        } else {
          i++;
        }
      }
    }
    this.doctypeResume = 0;
    this.doctypeInSubset = false;
    if (buf.slice(lt, i).includes('<!ENTITY')) {
      this.doctypeEntities = true;
      this.warn(
        'the DOCTYPE declares entities; they are never expanded (external entities and entity expansion are refused)',
        lt,
      );
    }
    return i + 1;
  }

  private closeTag(lt: number): number {
    const buf = this.buf;
    const gt = buf.indexOf('>', lt + 2);
    if (gt === -1) return NEED_MORE;
    const open = this.stack.pop();
    // Compared in place: no substring for the (very common) matching close tag.
    const end = lt + 2 + (open?.length ?? 0);
    if (
      open === undefined ||
      !buf.startsWith(open, lt + 2) ||
      (end !== gt && buf.slice(end, gt).trim() !== '')
    ) {
      const name = buf.slice(lt + 2, gt).trimEnd();
      if (open === undefined) throw new ScanFatal(`closing tag </${name}> without an open element`, lt);
      throw new ScanFatal(`closing tag </${name}> does not match <${open}>`, lt);
    }
    this.events.close(open);
    return gt + 1;
  }

  private openTag(lt: number): number {
    const buf = this.buf;
    const len = buf.length;
    let i = lt + 1;
    while (i < len) {
      const c = buf.charCodeAt(i);
      if (isSpace(c) || c === GT || c === SLASH) break;
      i++;
    }
    if (i >= len) return NEED_MORE;
    const name = buf.slice(lt + 1, i);
    if (name === '' || name.includes('<')) throw new ScanFatal('a tag without a valid name', lt);
    const attrs: Attributes = {};
    for (;;) {
      // The common case in one native regex step; anything else (the buffer ending mid-tag,
      // malformed attributes) goes the long way below, which tells those apart.
      ATTR_RE.lastIndex = i;
      const m = ATTR_RE.exec(buf);
      if (m !== null) {
        const raw = m[2] ?? m[3]!;
        // Nothing to decode: in a clean buffer (no forbidden character) the value is final.
        if (this.clean) attrs[m[1]!] = raw;
        else this.setAttribute(attrs, m[1]!, raw, ATTR_RE.lastIndex - 1 - raw.length);
        i = ATTR_RE.lastIndex;
        continue;
      }
      while (i < len && isSpace(buf.charCodeAt(i))) i++;
      if (i >= len) return NEED_MORE;
      let c = buf.charCodeAt(i);
      if (c === GT || c === SLASH) {
        let selfClosing = false;
        if (c === SLASH) {
          if (i + 1 >= len) return NEED_MORE;
          if (buf.charCodeAt(i + 1) !== GT) throw new ScanFatal(`expected ">" after "/" in <${name}>`, i);
          selfClosing = true;
          i++;
        }
        if (this.stack.length === 0) {
          if (this.rootSeen) throw new ScanFatal(`a second root element <${name}>`, lt);
          this.rootSeen = true;
        }
        if (!selfClosing) this.stack.push(name);
        this.events.open(name, attrs, selfClosing);
        if (selfClosing) this.events.close(name);
        return i + 1;
      }
      const nameStart = i;
      while (i < len) {
        c = buf.charCodeAt(i);
        if (isSpace(c) || c === EQ || c === GT || c === SLASH || c === QUOT || c === APOS || c === LT) break;
        i++;
      }
      if (i >= len) return NEED_MORE;
      if (i === nameStart) throw new ScanFatal(`malformed attribute in <${name}>`, i);
      const attr = buf.slice(nameStart, i);
      while (i < len && isSpace(buf.charCodeAt(i))) i++;
      if (i >= len) return NEED_MORE;
      if (buf.charCodeAt(i) !== EQ) throw new ScanFatal(`attribute "${attr}" of <${name}> has no value`, i);
      i++;
      while (i < len && isSpace(buf.charCodeAt(i))) i++;
      if (i >= len) return NEED_MORE;
      const q = buf.charCodeAt(i);
      if (q !== QUOT && q !== APOS) throw new ScanFatal(`the value of attribute "${attr}" is not quoted`, i);
      const close = buf.indexOf(q === QUOT ? '"' : "'", i + 1);
      if (close === -1) return NEED_MORE;
      const raw = buf.slice(i + 1, close);
      if (raw.includes('<')) throw new ScanFatal(`"<" in the value of attribute "${attr}"`, i);
      this.setAttribute(attrs, attr, raw, i + 1);
      i = close + 1;
    }
  }

  private setAttribute(attrs: Attributes, name: string, raw: string, at: number): void {
    this.checkChars(raw, at);
    // Attribute-value normalisation (XML 1.0, 3.3.3): literal tabs and newlines read as spaces.
    if (ATTR_WS_RE.test(raw)) {
      ATTR_WS_RE.lastIndex = 0;
      raw = raw.replace(ATTR_WS_RE, ' ');
    }
    attrs[name] = raw.indexOf('&') === -1 ? raw : this.decode(raw, at);
  }

  private checkChars(raw: string, at: number): void {
    if (this.clean || this.reportedChar || !INVALID_CHAR_RE.test(raw)) return;
    const m = INVALID_CHAR_RE.exec(raw)!;
    this.reportedChar = true;
    const code = m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    this.warn(`character U+${code} is not allowed in XML; kept as it is`, at + m.index);
  }

  private decode(raw: string, at: number): string {
    return raw.replace(ENTITY_RE, (whole: string, ref: string | undefined, offset: number) => {
      if (ref === undefined) {
        this.warnEntity('a bare "&" that starts no entity reference; kept as it is', at + offset);
        return whole;
      }
      if (ref.charCodeAt(0) === 35) {
        const code =
          ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
        if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) {
          this.warnEntity(
            `character reference ${whole} names no allowed character; kept as it is`,
            at + offset,
          );
          return whole;
        }
        return String.fromCodePoint(code);
      }
      const known = PREDEFINED[ref];
      if (known !== undefined) return known;
      this.warnEntity(
        this.doctypeEntities
          ? `entity ${whole} comes from the DOCTYPE and is not expanded; kept as it is`
          : `undefined entity ${whole}; kept as it is`,
        at + offset,
      );
      return whole;
    });
  }

  private warnEntity(message: string, at: number): void {
    if (this.reportedEntity) return;
    this.reportedEntity = true;
    this.warn(message, at);
  }
}
