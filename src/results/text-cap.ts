/**
 * Collects streamed text up to a bound: the head and the tail are kept (a stack trace's cause is
 * often at the end of the output), the middle is dropped and counted, so memory is bounded by
 * the limit, never by how much a test printed.
 */
export class TextCap {
  private head = '';
  private tail = '';
  private dropped = 0;
  private readonly headLimit: number;
  private readonly tailLimit: number;

  constructor(limit: number) {
    this.headLimit = Math.ceil(limit / 2);
    this.tailLimit = limit - this.headLimit;
  }

  add(piece: string): void {
    if (this.head.length < this.headLimit) {
      const room = this.headLimit - this.head.length;
      if (piece.length <= room) {
        this.head += piece;
        return;
      }
      this.head += piece.slice(0, room);
      piece = piece.slice(room);
    }
    const joined = this.tail + piece;
    if (joined.length > this.tailLimit) {
      this.dropped += joined.length - this.tailLimit;
      this.tail = joined.slice(joined.length - this.tailLimit);
    } else {
      this.tail = joined;
    }
  }

  /** Characters dropped from the middle. */
  get droppedChars(): number {
    return this.dropped;
  }

  value(): string {
    if (this.dropped === 0) return this.head + this.tail;
    return `${this.head}\n[… ${this.dropped} characters not kept …]\n${this.tail}`;
  }
}
