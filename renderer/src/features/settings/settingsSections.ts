/**
 * The sections of Settings, in page order, each named by the id of its heading. The section list
 * at the top of the page links to them (`#/settings?section=backups`), and the palette and the
 * desktop menu open Settings at one. A new section adds one line here and its heading's id.
 */
export type SettingsSection = { id: string; label: string; headingId: string }

export const SETTINGS_SECTIONS = [
  { id: 'journal', label: 'Journal', headingId: 'settings-journal-heading' },
  { id: 'appearance', label: 'Appearance', headingId: 'settings-appearance-heading' },
  { id: 'reminders', label: 'Reminders', headingId: 'settings-reminders-heading' },
  { id: 'privacy', label: 'Privacy', headingId: 'settings-privacy-heading' },
  { id: 'data', label: 'Where your journal lives', headingId: 'settings-data-heading' },
  { id: 'backups', label: 'Backups', headingId: 'settings-backups-heading' },
] as const satisfies readonly SettingsSection[]

export type SettingsSectionId = (typeof SETTINGS_SECTIONS)[number]['id']

export function settingsPath(section?: SettingsSectionId): string {
  return section ? `/settings?section=${section}` : '/settings'
}

export function sectionById(id: string | null): SettingsSection | undefined {
  return SETTINGS_SECTIONS.find((section) => section.id === id)
}
