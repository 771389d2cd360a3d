import { defineSlide } from '../src/model.ts';

export default defineSlide({
  layout: 'map',
  id: 'regional-dynamics',
  kicker: 'Implication 1 of 3',
  title: 'Regional dynamics',
  claim: 'Article: renewal could shift South Asia’s power balance',
  points: [
    'Article: Pakistan’s regional position strengthened',
    'India’s COMCASA: same agreement family',
  ],
  callouts: [
    { country: 'Pakistan', text: 'Cabinet approved signing CIS-MOA renewal, Aug 2023' },
    { country: 'India', text: 'COMCASA with the US, Sep 2018' },
  ],
  notes: [
    'Now the implications, starting with the region. The article argues that the renewal makes Pakistan a more important player in South Asia and, in its words, “enhances its military capabilities”. It says this could potentially alter the power balance with nearby states, naming India, and shape regional security.',
    'Note the hedging, “could potentially”: the article does not say how large the effect would be.',
    'One piece of context the article leaves out is on the map. India has its own agreement from the same family. It signed COMCASA, the Communications Compatibility and Security Agreement, with the United States on 6 September 2018 at the first India–US “2+2” dialogue in New Delhi, according to The Indian Express. COMCASA is the India-specific version of this type of agreement.',
    'So, at the level of the agreements themselves, both neighbours have signed an agreement of this kind with the United States. Any shift in the balance would depend on what each side does under them, which the agreements alone do not settle.',
  ].join('\n\n'),
  seconds: 79,
  cites: ['platoai-2023', 'hindu-2023', 'indianexpress-2018', 'natural-earth'],
});
