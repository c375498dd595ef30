import { describe, expect, it } from 'vitest';
import {
  isPhoto,
  photoLongestSide,
  qualitySteps,
  scaledSize,
} from '../../../web/src/islands/shared/shrink-photo.ts';
import { formatBytes } from '../../../web/src/islands/shared/upload-with-progress.ts';

describe('making a photo light before upload', () => {
  it('draws a camera photo with its longest side at 2000 px, keeping its shape', () => {
    expect(scaledSize(4000, 3000)).toEqual({ width: 2000, height: 1500 });
    expect(scaledSize(3024, 4032)).toEqual({ width: 1500, height: 2000 });
    expect(photoLongestSide).toBe(2000);
  });

  it('never enlarges a small photo', () => {
    expect(scaledSize(1200, 900)).toEqual({ width: 1200, height: 900 });
  });

  it('keeps a long thin scan at least one pixel wide', () => {
    expect(scaledSize(100_000, 10)).toEqual({ width: 2000, height: 1 });
  });

  it('tries quality 0.8 first, then lower down to 0.5 while the photo is too heavy', () => {
    expect(qualitySteps()).toEqual([0.8, 0.7, 0.6, 0.5]);
  });

  it('treats images as photos and PDFs as documents sent as they are', () => {
    expect(isPhoto(new Blob([], { type: 'image/heic' }))).toBe(true);
    expect(isPhoto(new Blob([], { type: 'image/jpeg' }))).toBe(true);
    expect(isPhoto(new Blob([], { type: 'application/pdf' }))).toBe(false);
  });

  it('says sizes as people read them', () => {
    expect(formatBytes(4_521_241)).toBe('4.3 MB');
    expect(formatBytes(498_329)).toBe('487 KB');
    expect(formatBytes(10)).toBe('1 KB');
  });
});
