/**
 * Every style a slide needs, for the deck and the handout alike: the fonts, the tokens, the
 * base rules, and each visual's and each layout's own CSS (found by folder, so a new layout's
 * style.css is picked up without editing this file). The layers in layers.css decide which rule
 * wins, not the order these load in.
 */
import '@fontsource/source-sans-3/latin-400.css';
import '@fontsource/source-sans-3/latin-600.css';
import '@fontsource/source-serif-4/latin-600.css';
import './tokens.css';
import './base.css';

import.meta.glob(['../visuals/*.css', '../layouts/*/style.css'], { eager: true });
