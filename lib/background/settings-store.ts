import type { PaperLensDB } from '../db/database';
import { DEFAULT_SETTINGS, migrateSettings, type Settings } from '../settings/settings';

/** The settings record's key in the database's settings table. */
export const SETTINGS_KEY = 'settings';

export async function loadSettings(db: PaperLensDB): Promise<Settings> {
  const row = await db.settings.get(SETTINGS_KEY);
  return row ? migrateSettings(row.value) : DEFAULT_SETTINGS;
}
