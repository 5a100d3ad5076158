/** Phone numbers are shown masked (138****0001) unless their owner taps to see them. */
export function maskPhone(phone: string | null | undefined): string {
  if (!phone) return '';
  if (!/^\d{7,}$/.test(phone)) return phone.replace(/./g, '*');
  return phone.slice(0, 3) + '****' + phone.slice(-4);
}
