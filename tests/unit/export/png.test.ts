import { describe, expect, it } from 'vitest';
import { imageList, imageName, imagesListed } from '../../../src/export/writers/png.ts';

describe('the slide images', () => {
  it('are named by position, padded so they sort, then slide id', () => {
    expect(imageName(3, 16, 'the-agreement')).toBe('03-the-agreement.png');
    expect(imageName(7, 120, 'seven')).toBe('007-seven.png');
  });

  it('come with a list of each file, its slide’s title and its alternate text', () => {
    const list = imageList('A deck', [
      { file: '01-title.png', title: 'A deck', alt: 'Briefing A deck A subtitle' },
      { file: '02-next.png', title: 'Next', alt: 'Next Two points' },
    ]);
    expect(imagesListed(list)).toEqual(['01-title.png', '02-next.png']);
    expect(imagesListed('')).toEqual([]);
    expect(list).toBe(
      'A deck: slide images\n\n01-title.png\n  Title: A deck\n  Alt text: Briefing A deck A subtitle\n\n02-next.png\n  Title: Next\n  Alt text: Next Two points\n',
    );
  });
});
