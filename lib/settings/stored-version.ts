/**
 * How a stored setting's version compares with this build's. @wxt-dev/storage keeps an item's version in its
 * meta (`key$: { v }`); a value with no meta is version 1. A newer version (the user went back to an older
 * build, or another browser synced a newer one's settings) may have changed what the value means: this build
 * neither reads nor writes it, and uses the default instead.
 */
export type StoredVersion = 'none' | 'older' | 'current' | 'newer';

export function storedVersion(value: unknown, meta: unknown, ours: number): StoredVersion {
  if (value === null || value === undefined) return 'none';
  const v = (meta as { v?: unknown } | null | undefined)?.v;
  const version = typeof v === 'number' && Number.isInteger(v) && v >= 1 ? v : 1;
  return version > ours ? 'newer' : version < ours ? 'older' : 'current';
}
