/** Masking of personal data for people who may know that it exists but not what it is. */

/**
 * 13800001234 → 138****1234, for the pool's view and for the owner's own 我的 page alike. The
 * first three and last four show only when at least four digits stay hidden; anything shorter or
 * not all digits is hidden whole, so no odd input ever comes out readable.
 */
export function maskPhone(phone: string | null | undefined): string {
  if (!phone) return '';
  if (!/^\d{11,}$/.test(phone)) return '*'.repeat(phone.length);
  return phone.slice(0, 3) + '*'.repeat(phone.length - 7) + phone.slice(-4);
}

/** 302 → 3** (keeps the floor, hides the door). */
export function maskRoom(room: string): string {
  if (room.length <= 1) return room ? '*' : '';
  return room.slice(0, 1) + '*'.repeat(room.length - 1);
}

/** 周奶奶 → 周** (the family name stays, so a taker knows how to greet; the rest is hidden). */
export function maskName(name: string): string {
  return name ? name.slice(0, 1) + '**' : '';
}
