/** A U.S. state as datelines write it. */
export interface UsState {
  name: string;
  /** AP's abbreviation for datelines, or null for the eight states AP never abbreviates. */
  ap: string | null;
  /** The two-letter postal code, which AP does not use in copy. */
  postal: string;
}

/** The 50 states with AP's dateline abbreviations (AP Stylebook, "state names"). */
export const US_STATES: readonly UsState[] = [
  { name: 'Alabama', ap: 'Ala.', postal: 'AL' },
  { name: 'Alaska', ap: null, postal: 'AK' },
  { name: 'Arizona', ap: 'Ariz.', postal: 'AZ' },
  { name: 'Arkansas', ap: 'Ark.', postal: 'AR' },
  { name: 'California', ap: 'Calif.', postal: 'CA' },
  { name: 'Colorado', ap: 'Colo.', postal: 'CO' },
  { name: 'Connecticut', ap: 'Conn.', postal: 'CT' },
  { name: 'Delaware', ap: 'Del.', postal: 'DE' },
  { name: 'Florida', ap: 'Fla.', postal: 'FL' },
  { name: 'Georgia', ap: 'Ga.', postal: 'GA' },
  { name: 'Hawaii', ap: null, postal: 'HI' },
  { name: 'Idaho', ap: null, postal: 'ID' },
  { name: 'Illinois', ap: 'Ill.', postal: 'IL' },
  { name: 'Indiana', ap: 'Ind.', postal: 'IN' },
  { name: 'Iowa', ap: null, postal: 'IA' },
  { name: 'Kansas', ap: 'Kan.', postal: 'KS' },
  { name: 'Kentucky', ap: 'Ky.', postal: 'KY' },
  { name: 'Louisiana', ap: 'La.', postal: 'LA' },
  { name: 'Maine', ap: null, postal: 'ME' },
  { name: 'Maryland', ap: 'Md.', postal: 'MD' },
  { name: 'Massachusetts', ap: 'Mass.', postal: 'MA' },
  { name: 'Michigan', ap: 'Mich.', postal: 'MI' },
  { name: 'Minnesota', ap: 'Minn.', postal: 'MN' },
  { name: 'Mississippi', ap: 'Miss.', postal: 'MS' },
  { name: 'Missouri', ap: 'Mo.', postal: 'MO' },
  { name: 'Montana', ap: 'Mont.', postal: 'MT' },
  { name: 'Nebraska', ap: 'Neb.', postal: 'NE' },
  { name: 'Nevada', ap: 'Nev.', postal: 'NV' },
  { name: 'New Hampshire', ap: 'N.H.', postal: 'NH' },
  { name: 'New Jersey', ap: 'N.J.', postal: 'NJ' },
  { name: 'New Mexico', ap: 'N.M.', postal: 'NM' },
  { name: 'New York', ap: 'N.Y.', postal: 'NY' },
  { name: 'North Carolina', ap: 'N.C.', postal: 'NC' },
  { name: 'North Dakota', ap: 'N.D.', postal: 'ND' },
  { name: 'Ohio', ap: null, postal: 'OH' },
  { name: 'Oklahoma', ap: 'Okla.', postal: 'OK' },
  { name: 'Oregon', ap: 'Ore.', postal: 'OR' },
  { name: 'Pennsylvania', ap: 'Pa.', postal: 'PA' },
  { name: 'Rhode Island', ap: 'R.I.', postal: 'RI' },
  { name: 'South Carolina', ap: 'S.C.', postal: 'SC' },
  { name: 'South Dakota', ap: 'S.D.', postal: 'SD' },
  { name: 'Tennessee', ap: 'Tenn.', postal: 'TN' },
  { name: 'Texas', ap: null, postal: 'TX' },
  { name: 'Utah', ap: null, postal: 'UT' },
  { name: 'Vermont', ap: 'Vt.', postal: 'VT' },
  { name: 'Virginia', ap: 'Va.', postal: 'VA' },
  { name: 'Washington', ap: 'Wash.', postal: 'WA' },
  { name: 'West Virginia', ap: 'W.Va.', postal: 'WV' },
  { name: 'Wisconsin', ap: 'Wis.', postal: 'WI' },
  { name: 'Wyoming', ap: 'Wyo.', postal: 'WY' },
];

const BY_WRITTEN_FORM = new Map<string, UsState>();
for (const state of US_STATES) {
  BY_WRITTEN_FORM.set(state.name.toLowerCase(), state);
  BY_WRITTEN_FORM.set(state.postal.toLowerCase(), state);
  if (state.ap) BY_WRITTEN_FORM.set(state.ap.toLowerCase(), state);
}

/** The state a dateline's region names, by full name, AP abbreviation or postal code. */
export function findUsState(written: string): UsState | undefined {
  return BY_WRITTEN_FORM.get(written.trim().toLowerCase());
}
