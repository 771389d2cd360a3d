import { defineSlide } from '../src/model.ts';

export default defineSlide({
  layout: 'conclusion',
  id: 'conclusion',
  title: 'Record partly supports the article',
  takeaways: [
    'Approval to sign was reported; no signing confirmed.',
    'The article sees closer ties, technology, counterterrorism cooperation.',
    'It expects regional shifts, a positive trajectory, non-proliferation concerns.',
  ],
  watch: ['Will a signing be confirmed?', 'Will cooperation outlast missile disputes?'],
  notes: [
    'Three takeaways. First, the facts. The agreement was signed in 2005 and lapsed in 2020. In August 2023, The Express Tribune reported cabinet approval to sign a renewal. No later report confirms a formal signing.',
    'Second, the article sees closer military ties, access to advanced technology and shared counterterrorism work. The record partly supports each.',
    'Third, the implications its conclusion lists: regional power shifts, the course of US–Pakistan relations, and non-proliferation concerns. Two of these rest on the article alone. It closes by saying both countries must manage challenges and balance their interests.',
    'Two questions remain open as of December 2025. Will a formal signing ever be confirmed? And will cooperation hold alongside disputes over Pakistan’s missile programme? In the article’s words, it “remains to be seen”.',
  ].join('\n\n'),
  seconds: 61,
  cites: ['platoai-2023', 'tribune-2023', 'hindu-2023', 'pakistantoday-2024-09', 'profit-2024-12'],
});
