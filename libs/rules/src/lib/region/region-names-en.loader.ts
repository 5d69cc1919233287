import { useRegionNamesEn } from './region-names-en';

/**
 * Fetches the divisions' English names (90 kB: a reader in Chinese never needs them) for the web
 * client's English words. An entry of its own (`@cqo/rules/region-names-en`), so that asking for
 * them does not bring the division table along, and the API, which writes no English names,
 * never compiles it.
 */
export async function loadRegionNamesEn(): Promise<void> {
  useRegionNamesEn((await import('./region-en.data')).REGION_NAMES_EN);
}
