import { describe, expect, it } from 'vitest';
import { conversationLinkSchema, parseSegmentIds, segmentChangeSchema } from './activity-schemas';

describe('activity schemas', () => {
  it('parses segment ids from lines, commas and spaces, without duplicates', () => {
    expect(parseSegmentIds(' a\nb, c  a\n\n')).toEqual(['a', 'b', 'c']);
  });

  it('refuses more than 10 segments in one change, counted together', () => {
    const ids = (n: number, prefix: string) =>
      Array.from({ length: n }, (_, i) => `${prefix}${i}`).join('\n');
    expect(
      segmentChangeSchema.safeParse({ assign: ids(6, 'a'), unassign: ids(4, 'u') }).success,
    ).toBe(true);
    const tooMany = segmentChangeSchema.safeParse({ assign: ids(6, 'a'), unassign: ids(5, 'u') });
    expect(tooMany.error?.issues[0]?.message).toContain('At most 10 segments');
    expect(segmentChangeSchema.safeParse({ assign: ' ', unassign: '' }).success).toBe(false);
  });

  it('needs a conversation id, a communication id and a known media type', () => {
    const result = conversationLinkSchema.safeParse({
      conversationId: ' ',
      communicationId: 'x',
      mediaType: 'FAX',
    });
    expect(result.error?.issues.map((issue) => issue.path[0])).toEqual([
      'conversationId',
      'mediaType',
    ]);
  });
});
