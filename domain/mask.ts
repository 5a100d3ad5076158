/** Masking of personal data for people who may know that it exists but not what it is. */

/** 13800001234 → 138****1234 */
export function maskPhone(phone: string): string {
  if (phone.length < 7) return '*'.repeat(phone.length);
  return phone.slice(0, 3) + '*'.repeat(phone.length - 7) + phone.slice(-4);
}

/** 302 → 3** (keeps the floor, hides the door). */
export function maskRoom(room: string): string {
  if (room.length <= 1) return room ? '*' : '';
  return room.slice(0, 1) + '*'.repeat(room.length - 1);
}
