// The IANA time zones of places in the US (states, DC and the inhabited territories) and Canada:
// the zones of tzdata's zone.tab for US, CA, PR, VI, GU, MP, AS and UM, and the older names that link
// to them (`US/Eastern`, `Canada/Pacific`, `America/Indianapolis`…). A location's time zone that
// is none of these is far from anywhere the platform works (`Europe/London` for a Boston address).

/** @internal The zones in use in the US and Canada, lowercased. */
export const US_CANADA_ZONES: ReadonlySet<string> = new Set(
  [
    // United States
    'America/New_York', 'America/Detroit', 'America/Kentucky/Louisville', 'America/Kentucky/Monticello',
    'America/Indiana/Indianapolis', 'America/Indiana/Vincennes', 'America/Indiana/Winamac', 'America/Indiana/Marengo',
    'America/Indiana/Petersburg', 'America/Indiana/Vevay', 'America/Chicago', 'America/Indiana/Tell_City',
    'America/Indiana/Knox', 'America/Menominee', 'America/North_Dakota/Center', 'America/North_Dakota/New_Salem',
    'America/North_Dakota/Beulah', 'America/Denver', 'America/Boise', 'America/Phoenix', 'America/Los_Angeles',
    'America/Anchorage', 'America/Juneau', 'America/Sitka', 'America/Metlakatla', 'America/Yakutat', 'America/Nome',
    'America/Adak', 'Pacific/Honolulu', 'Pacific/Wake', 'Pacific/Midway',
    // US territories
    'America/Puerto_Rico', 'America/St_Thomas', 'Pacific/Guam', 'Pacific/Saipan', 'Pacific/Pago_Pago',
    // Canada
    'America/St_Johns', 'America/Halifax', 'America/Glace_Bay', 'America/Moncton', 'America/Goose_Bay',
    'America/Blanc-Sablon', 'America/Toronto', 'America/Nipigon', 'America/Thunder_Bay', 'America/Iqaluit',
    'America/Pangnirtung', 'America/Atikokan', 'America/Winnipeg', 'America/Rainy_River', 'America/Resolute',
    'America/Rankin_Inlet', 'America/Regina', 'America/Swift_Current', 'America/Edmonton', 'America/Cambridge_Bay',
    'America/Yellowknife', 'America/Inuvik', 'America/Creston', 'America/Dawson_Creek', 'America/Fort_Nelson',
    'America/Whitehorse', 'America/Dawson', 'America/Vancouver',
    // Older names that link to the zones above
    'US/Eastern', 'US/Central', 'US/Mountain', 'US/Pacific', 'US/Alaska', 'US/Hawaii', 'US/Arizona', 'US/East-Indiana',
    'US/Indiana-Starke', 'US/Michigan', 'US/Aleutian', 'US/Samoa', 'America/Fort_Wayne', 'America/Indianapolis',
    'America/Knox_IN', 'America/Louisville', 'America/Shiprock', 'America/Atka', 'America/Virgin', 'Pacific/Samoa',
    'Pacific/Johnston', 'Canada/Atlantic', 'Canada/Central', 'Canada/Eastern', 'Canada/Mountain', 'Canada/Newfoundland',
    'Canada/Pacific', 'Canada/Saskatchewan', 'Canada/Yukon', 'America/Montreal', 'America/Coral_Harbour',
  ].map((zone) => zone.toLowerCase()),
);
