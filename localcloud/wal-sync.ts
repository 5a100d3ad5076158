/**
 * Group commit: SQLite commits without waiting for the disk (WAL, synchronous=NORMAL), and this
 * makes them durable together, off the event loop, before any answer that could depend on them.
 *
 * Why: with synchronous=FULL every COMMIT fsyncs the WAL inside better-sqlite3's synchronous call,
 * so the one thread that answers every database request stood still for each fsync (2–5 ms here;
 * at 20 redemptions at once that was a third of its time), one commit at a time.
 *
 * How it keeps "nothing acknowledged is ever lost", also on power loss:
 * - a commit in WAL mode appends its frames to the -wal file with write(2); with NORMAL, SQLite
 *   itself fsyncs only around checkpoints (the WAL before copying it into the database file, the
 *   database file after), so what a checkpoint moved is already on disk;
 * - every commit bumps `committed`; `durable()` resolves once an fdatasync of the -wal file that
 *   began after that commit has returned. fsync flushes the file (the inode), whichever descriptor
 *   wrote it, so our own read-only descriptor covers SQLite's writes. One fdatasync covers every
 *   commit before it began: commits arriving meanwhile share the next one (group commit);
 * - the database service awaits `durable()` before it answers ANY request (database-service.ts),
 *   reads included, so no caller sees, let alone is told about, a change the disk does not hold.
 * On a process crash (SIGKILL) the kernel keeps what was written, as before. If an fdatasync
 * ever fails, the written pages' fate is unknown (Linux may drop them and report success later),
 * so the store stops answering: every later `durable()` rejects until restart, which recovers
 * from what the disk really holds.
 */
import fs from 'node:fs';

interface Waiter {
  seq: number;
  resolve: () => void;
  reject: (error: Error) => void;
}

export class WalSync {
  private fd: number | undefined;
  private committed = 0;
  private synced = 0;
  private syncing = false;
  private failed: Error | undefined;
  private readonly waiters: Waiter[] = [];
  /** fdatasync calls made (each may cover many commits): for the bench and tests */
  syncs = 0;

  constructor(private readonly walFile: string) {}

  /** A commit has returned: it is in the OS's hands, not yet necessarily on disk. */
  noteCommit(): void {
    this.committed += 1;
  }

  /** How many commits have not been made durable yet. */
  get pending(): number {
    return this.committed - this.synced;
  }

  /** Resolves once every commit made so far is on disk. */
  durable(): Promise<void> {
    if (this.failed) return Promise.reject(this.failed);
    if (this.synced >= this.committed) return Promise.resolve();
    const seq = this.committed;
    return new Promise<void>((resolve, reject) => {
      this.waiters.push({ seq, resolve, reject });
      this.flush();
    });
  }

  close(): void {
    if (this.fd !== undefined) fs.closeSync(this.fd);
    this.fd = undefined;
  }

  private flush(): void {
    if (this.syncing || this.failed || this.waiters.length === 0) return;
    this.syncing = true;
    const target = this.committed;
    this.syncs += 1;
    // SQLite keeps the -wal file (same inode) open for as long as our connection is open.
    this.fd ??= fs.openSync(this.walFile, 'r');
    fs.fdatasync(this.fd, (error) => {
      this.syncing = false;
      if (error) {
        this.failed = new Error(`fdatasync of the WAL failed (${error.code ?? 'unknown'}); restart the local cloud`);
        for (const w of this.waiters.splice(0)) w.reject(this.failed);
        return;
      }
      this.synced = Math.max(this.synced, target);
      for (const w of this.waiters.splice(0)) {
        if (w.seq <= this.synced) w.resolve();
        else this.waiters.push(w);
      }
      this.flush();
    });
  }
}
