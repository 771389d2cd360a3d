/**
 * The layout registry: one entry per `layout` in the content model. A layout missing here, or
 * one whose pieces do not fit its slide type, is a compile error. To add a layout: add its type
 * to the `Slide` union in src/model.ts, a folder beside this file, and a line below.
 */
import type { Slide } from '../model.ts';
import type { Layout } from './layout.ts';
import { agendaLayout } from './agenda/index.ts';
import { conclusionLayout } from './conclusion/index.ts';
import { evidenceLayout } from './evidence/index.ts';
import { pointsLayout } from './points/index.ts';
import { scorecardLayout } from './scorecard/index.ts';
import { sourcesLayout } from './sources/index.ts';
import { stripLayout } from './strip/index.ts';
import { synthesisLayout } from './synthesis/index.ts';
import { timelineLayout } from './timeline/index.ts';
import { titleLayout } from './title/index.ts';

type SlideOf<Name extends Slide['layout']> = Extract<Slide, { layout: Name }>;

export const layouts = {
  title: titleLayout,
  agenda: agendaLayout,
  points: pointsLayout,
  evidence: evidenceLayout,
  timeline: timelineLayout,
  scorecard: scorecardLayout,
  strip: stripLayout,
  synthesis: synthesisLayout,
  conclusion: conclusionLayout,
  sources: sourcesLayout,
} satisfies { readonly [Name in Slide['layout']]: Layout<SlideOf<Name>> };

/** The layout that draws this slide. */
export function layoutOf(slide: Slide): Layout<Slide> {
  const layout: Layout<Slide> = layouts[slide.layout];
  return layout;
}

export type { DrawnIndex, Layout, LayoutContext } from './layout.ts';
